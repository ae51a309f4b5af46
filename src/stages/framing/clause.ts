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

/** Every entity mention, sorted by start, for one document (built once, sliced per sentence). */
export function mentionsOf(entities: readonly Entity[]): { entity: Entity; mention: Mention }[] {
  return entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention }))).sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

/**
 * Tokens of a sentence with their mentions. Where mentions overlap, the longer one wins. An adjective mention right
 * before a name ("Afghan Taliban") is dropped: the name is the head.
 */
export function buildClause(text: string, sentence: Span, mentions: { entity: Entity; mention: Mention }[], grammar: Grammar): Clause {
  const tokens = tokenize(text, sentence.start, sentence.end);
  const mentionAt: (MentionRef | null)[] = tokens.map(() => null);
  const inside = mentions.filter(({ mention }) => mention.start < sentence.end && mention.end > sentence.start);
  for (const { entity, mention } of inside) {
    let first = -1;
    let last = -1;
    tokens.forEach((t, i) => {
      if (t.start < mention.end && t.end > mention.start) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
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
