// Cue phrases → one index, matched over tokens. Syntax: "word" exact, "word*" prefix, "*" any one word,
// "…" (or "...") up to four tokens, quotation marks not counted. Phrases are tokenized like the text, so "US-backed" and "counter-terror*" align.
import { spellingSlot, tokenize, type Token } from './tokens.js';

type Part = { kind: 'exact'; key: string } | { kind: 'prefix'; key: string } | { kind: 'any' } | { kind: 'gap' };

interface Pattern<P> {
  parts: Part[];
  payload: P;
}

export interface Hit<P> {
  /** Token indices, end exclusive. */
  from: number;
  to: number;
  payload: P;
}

export interface Matcher<P> {
  /** Every pattern that matches starting at each token, the longest match of each pattern. */
  all(tokens: Token[]): Hit<P>[];
  size: number;
}

const GAP = 4;
const QUOTE_MARKS = new Set(['"', "'", '«', '»', '„', '“', '”', '‚', '‘', '’', '‹', '›']);

/** Parses one phrase; throws a plain Error describing what is wrong (the loader adds file and entry). */
export function parsePhrase(phrase: string): Part[] {
  const parts: Part[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece === '*') parts.push({ kind: 'any' });
    else if (piece === '…' || piece === '...') parts.push({ kind: 'gap' });
    else {
      const prefix = piece.length > 1 && piece.endsWith('*');
      const tokens = tokenize(prefix ? piece.slice(0, -1) : piece);
      tokens.forEach((t, i) => parts.push(prefix && i === tokens.length - 1 ? { kind: 'prefix', key: t.keys[0] } : { kind: 'exact', key: t.keys[0] }));
    }
  }
  if (!parts.length) throw new Error(`empty phrase`);
  if (parts[0].kind === 'any' || parts[0].kind === 'gap') throw new Error(`"${phrase}" starts with a wildcard`);
  if (parts[0].kind === 'prefix' && parts[0].key.length < 2) throw new Error(`"${phrase}": a prefix needs two letters at least`);
  return parts;
}

/**
 * Adds a data entry's phrases by language (`terms: { en: [...], ru: [...] }`) to `byLanguage`, each parsed first so
 * that a bad phrase is reported with its entry and language; `fail` throws with the file's name.
 */
export function addTermsByLanguage<P>(terms: unknown, id: string, payload: P, byLanguage: Map<string, { phrase: string; payload: P }[]>, fail: (detail: string) => never): void {
  const map = terms && typeof terms === 'object' && !Array.isArray(terms) ? (terms as Record<string, unknown>) : fail(`entry "${id}" needs "terms" by language`);
  for (const [language, list] of Object.entries(map)) {
    if (!Array.isArray(list)) fail(`entry "${id}", terms.${language}: expected a list`);
    for (const phrase of list as unknown[]) {
      try {
        parsePhrase(String(phrase));
      } catch (error) {
        fail(`entry "${id}", terms.${language}: ${(error as Error).message}`);
      }
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), { phrase: String(phrase), payload }]);
    }
  }
}

export function compileMatcher<P>(entries: { phrase: string; payload: P }[]): Matcher<P> {
  const exact = new Map<string, Pattern<P>[]>();
  const prefix = new Map<string, Pattern<P>[]>();
  for (const { phrase, payload } of entries) {
    const parts = parsePhrase(phrase);
    const first = parts[0] as { kind: 'exact' | 'prefix'; key: string };
    const index = first.kind === 'exact' ? exact : prefix;
    const key = first.kind === 'exact' ? first.key : first.key.slice(0, 2);
    const list = index.get(key) ?? [];
    list.push({ parts, payload });
    index.set(key, list);
  }
  // The patterns that may start at a token, worked out once per spelling (tokens.ts) and matcher rather than looked
  // up by each key of each token: in the order of the keys, each key's exact patterns before its prefix patterns.
  const self = {};
  const startingAt = (t: Token): readonly Pattern<P>[] => {
    const memo = t.spelling?.memo;
    const mine = memo ? (memo[STARTS] as unknown[] | undefined) : undefined;
    if (mine) for (let x = 0; x < mine.length; x += 2) if (mine[x] === self) return mine[x + 1] as Pattern<P>[];
    const found: Pattern<P>[] = [];
    for (const key of t.keys) {
      const exactly = exact.get(key);
      if (exactly) found.push(...exactly);
      // Most words start no prefix cue: look the two letters up only where some prefix cue could match.
      const byPrefix = key.length >= 2 ? prefix.get(key.slice(0, 2)) : undefined;
      if (byPrefix) found.push(...byPrefix);
    }
    const list = found.length ? found : NONE;
    if (memo) {
      // A few matchers meet a spelling (the cues and figures of its language): a process that compiles many
      // (tests, reloaded catalogues) starts the list afresh rather than keep dead matchers' lists.
      if (!mine || mine.length >= 2 * MATCHERS_KEPT) memo[STARTS] = [self, list];
      else mine.push(self, list);
    }
    return list;
  };
  return {
    size: entries.length,
    all(tokens) {
      const hits: Hit<P>[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const list = startingAt(tokens[i]);
        for (let x = 0; x < list.length; x++) push(hits, list[x], tokens, i);
      }
      return hits;
    },
  };
}

const NONE: readonly never[] = Object.freeze([]);
const STARTS = spellingSlot();
const MATCHERS_KEPT = 8;

function push<P>(hits: Hit<P>[], pattern: Pattern<P>, tokens: Token[], from: number): void {
  const to = matchFrom(pattern.parts, 0, tokens, from);
  if (to < 0) return;
  // One hit per pattern and start (Arabic keys may match twice); hits come in order of start, so look back only there.
  for (let j = hits.length - 1; j >= 0 && hits[j].from === from; j--) if (hits[j].payload === pattern.payload && hits[j].to === to) return;
  hits.push({ from, to, payload: pattern.payload });
}

/** The end (exclusive) of the longest match of parts[k..] at token i, or -1. */
function matchFrom(parts: Part[], k: number, tokens: Token[], i: number): number {
  if (k === parts.length) return i;
  const part = parts[k];
  if (part.kind === 'gap') {
    // Quotation marks are no words: "stellt die Proteste als „vom Westen bezahlte Revolution“ dar" has four inside.
    let last = i;
    for (let words = 0; last < tokens.length; last++) {
      if (QUOTE_MARKS.has(tokens[last].keys[0])) continue;
      if (words === GAP) break;
      words++;
    }
    for (let j = last; j >= i; j--) {
      const end = matchFrom(parts, k + 1, tokens, j);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= tokens.length) return -1;
  const t = tokens[i];
  return (part.kind === 'any' ? t.word : hasKey(t.keys, part)) ? matchFrom(parts, k + 1, tokens, i + 1) : -1;
}

/** Whether a token's keys meet an exact or prefix part (a loop: this runs for every candidate pattern of every token). */
function hasKey(keys: readonly string[], part: { kind: 'exact' | 'prefix'; key: string }): boolean {
  for (let j = 0; j < keys.length; j++) if (part.kind === 'exact' ? keys[j] === part.key : keys[j].startsWith(part.key)) return true;
  return false;
}

/** Keeps, among overlapping hits, the longest (then the earliest); the rest are dropped. */
export function longestFirst<P>(hits: Hit<P>[]): Hit<P>[] {
  const sorted = [...hits].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken: Hit<P>[] = [];
  for (const h of sorted) if (!taken.some((t) => h.from < t.to && t.from < h.to)) taken.push(h);
  return taken.sort((a, b) => a.from - b.from);
}
