// A sentence as the slot finders read it: tokens, the entity mention (if any) under each token, and the grammar.
import type { Entity, Mention, Span } from '../../core/types.js';
import type { Grammar } from './grammar.js';
import { tokenize, type Token } from './words.js';

/** A mention laid over tokens `first..last` (inclusive). */
export interface MentionRef {
  entity: Entity;
  mention: Mention;
  first: number;
  last: number;
  /** The pronoun this mention was reached through ("they", "their"), which is what stands in the clause. */
  via?: Span;
}

export interface Clause {
  tokens: Token[];
  mentionAt: (MentionRef | null)[];
  grammar: Grammar;
}

export interface MentionList {
  /** Sorted by start. */
  items: { entity: Entity; mention: Mention }[];
  /** The longest mention, so a sentence's mentions are found by one binary search. */
  longest: number;
}

/** Every entity mention, sorted by start, for one document (built once, sliced per sentence). */
export function mentionsOf(entities: readonly Entity[]): MentionList {
  const items = entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention }))).sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  return { items, longest: items.reduce((n, { mention }) => Math.max(n, mention.end - mention.start), 0) };
}

/** Whether any mention of the list overlaps `span`. */
export function overlapsAny(mentions: MentionList, span: Span): boolean {
  const { items } = mentions;
  for (let k = lowerBound(items, span.start - mentions.longest, (m) => m.mention.start); k < items.length; k++) {
    const { mention } = items[k];
    if (mention.start >= span.end) return false;
    if (mention.end > span.start) return true;
  }
  return false;
}

/** The first index whose item is not below `key` (items sorted by `of`). */
export function lowerBound<T>(items: readonly T[], key: number, of: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of(items[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Tokens of a sentence with their mentions. Where mentions overlap, the longer one wins. An adjective mention right
 * before a name ("Afghan Taliban") is dropped: the name is the head.
 */
export function buildClause(text: string, sentence: Span, mentions: MentionList, grammar: Grammar): Clause {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const mentionAt: (MentionRef | null)[] = tokens.map(() => null);
  const { items } = mentions;
  for (let k = lowerBound(items, sentence.start - mentions.longest, (m) => m.mention.start); k < items.length; k++) {
    const { entity, mention } = items[k];
    if (mention.start >= sentence.end) break;
    if (mention.end <= sentence.start) continue;
    const first = lowerBound(tokens, mention.start + 1, (t) => t.end);
    let last = first - 1;
    while (last + 1 < tokens.length && tokens[last + 1].start < mention.end) last++;
    if (last < first) continue;
    const taken = mentionAt.slice(first, last + 1).find((r) => r !== null);
    if (taken && taken.mention.end - taken.mention.start >= mention.end - mention.start) continue;
    const ref: MentionRef = { entity, mention, first, last };
    if (taken) for (let i = taken.first; i <= taken.last; i++) mentionAt[i] = null;
    for (let i = first; i <= last; i++) mentionAt[i] = ref;
  }
  for (let i = 0; i < tokens.length; i++) {
    const ref = mentionAt[i];
    if (ref && ref.first === i && ref.mention.kind === 'adjective' && mentionAt[ref.last + 1]) {
      for (let j = ref.first; j <= ref.last; j++) mentionAt[j] = null;
    }
  }
  return { tokens, mentionAt, grammar };
}

/** True when the words of `phrase` start at token `i`. */
export function phraseAt(clause: Clause, i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => clause.tokens[i + k]?.lower === w);
}
