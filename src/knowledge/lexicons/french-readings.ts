// Other readings of a French word for the lexicon lookup. The light stemmer (stem.ts) strips the longest ending it
// knows, so a plural may lose another ending than its singular: "ordre" → "ord" (the -re of "vendre") but "ordres"
// → "ordr" (-es); "menaces" → "menac" but "menace" → "menac" only by luck. A word whose own stem the lexicon lacks is
// tried again as its singular (its stem as the dictionary keys it), then as each shorter ending leaves it.
import { wordKey } from '../gazetteer/index.js';
import { FR_ENDINGS, stem } from './stem.js';

const MIN_LETTERS = 3;

/** Candidate stems of a French word, as the lexicon keys them, the likeliest first; none for a non-Latin word. */
export function frenchReadings(word: string): string[] {
  const key = wordKey(word).replace(/’/g, "'").replace(/^(?:l|d|qu|j|m|n|s|t|c|jusqu|lorsqu|puisqu)'/, '');
  if (!/^[a-z-]+$/u.test(key)) return [];
  const out: string[] = [];
  // The singular, stemmed as a headword is ("ordres" → "ordre" → "ord").
  if (/[^s][sx]$/u.test(key) && key.length - 1 > MIN_LETTERS) out.push(stem(key.slice(0, -1), 'fr'));
  for (const s of FR_ENDINGS) if (key.endsWith(s) && key.length - s.length >= MIN_LETTERS) out.push(key.slice(0, -s.length));
  const seen = new Set<string>([stem(key, 'fr')]);
  return out.filter((r) => !seen.has(r) && !!seen.add(r));
}
