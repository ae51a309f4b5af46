// Context words of gazetteer entries (`context`: "chemical", "Syria" for Douma the town), read the same way wherever a
// shared alias must be given to one entry: the entities stage (a sentence) and the narratives stage's alias reader (a
// catalogue example or case title).
import { isWordChar, TOKEN_RE, wordKey } from './normalize.js';
import type { Gazetteer } from './types.js';

/** Context phrases of each entry that has some, as word-key sequences (once per gazetteer). */
export function compileContexts(gazetteer: Gazetteer): Map<string, string[][]> {
  const known = compiled.get(gazetteer);
  if (known) return known;
  const out = new Map<string, string[][]>();
  for (const e of gazetteer.entries) {
    if (!e.context.length) continue;
    out.set(e.id, e.context.map(wordKeys));
  }
  compiled.set(gazetteer, out);
  return out;
}

const compiled = new WeakMap<Gazetteer, Map<string, string[][]>>();

/** The word keys of a text, in order (punctuation left out). */
export function wordKeys(text: string): string[] {
  return [...text.matchAll(TOKEN_RE)].map((m) => m[0]).filter((t) => isWordChar(t[0])).map(wordKey);
}

/** How many of the phrases the words hold, each as a run of consecutive words. */
export function contextCount(words: readonly string[], phrases: readonly string[][]): number {
  let n = 0;
  for (const phrase of phrases) if (phrase.length && containsRun(words, phrase)) n++;
  return n;
}

function containsRun(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let k = 0;
    while (k < phrase.length && words[i + k] === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}
