// Loads claimtrail's own word vectors (trained by `npm run train -- word-vectors`; MODEL_CARD.md) once per process,
// and answers nearest neighbours of an English stem key. A missing file means no vectors (soft matching is off);
// a broken one is an error that says what is wrong.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cosine, decode, type WordVectors } from './format.js';

export { decode, encode, cosine, type WordVectors } from './format.js';

export const VECTORS_FILE = new URL('./data/vectors.bin', import.meta.url);

let loaded: WordVectors | null | undefined;

/** The shipped vectors, or null where the file is absent. */
export function loadWordVectors(file: URL | string = VECTORS_FILE): WordVectors | null {
  if (file === VECTORS_FILE && loaded !== undefined) return loaded;
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const value = existsSync(path) ? decode(readFileSync(path), path) : null;
  if (file === VECTORS_FILE) loaded = value;
  return value;
}

/** The `top` nearest stems of `word` by cosine (the word itself left out); empty for a word not in the vocabulary. */
export function nearest(v: WordVectors, word: string, top = 10): { word: string; cosine: number }[] {
  const i = v.index.get(word);
  if (i === undefined) return [];
  const out: { word: string; cosine: number }[] = [];
  for (let j = 0; j < v.words.length; j++) if (j !== i) out.push({ word: v.words[j], cosine: cosine(v, i, j) });
  return out.sort((a, b) => b.cosine - a.cosine).slice(0, top);
}
