// The sentence's mean word vector (claimtrail's own word vectors, src/models/word-vectors): a dense feature group of
// the check-worthiness model. Words of different debates' topics that mean alike get alike vectors, so what was
// learnt on one debate reaches an unseen one (the CLEF 2019 official test debates are unseen by design).
import { isStopWord } from '../../knowledge/lexicons/stopwords.js';
import { stem } from '../../knowledge/lexicons/stem.js';
import { tokenize } from '../features/tokens.js';
import { loadWordVectors, type WordVectors } from '../word-vectors/index.js';

const SCALE = 4;
const rowCache = new Map<string, number>();

/** Row of a lower-cased word in the vectors, −1 when none (stop words, numbers, words the vectors lack); uncached. */
export function vectorRow(v: WordVectors, lower: string): number {
  return isStopWord(lower, 'en') || !/^[a-z]/.test(lower) ? -1 : v.index.get(stem(lower, 'en')) ?? -1;
}

/** vectorRow, cached per word. */
function rowOf(v: WordVectors, lower: string): number {
  let r = rowCache.get(lower);
  if (r === undefined) {
    r = vectorRow(v, lower);
    if (rowCache.size > 100_000) rowCache.clear();
    rowCache.set(lower, r);
  }
  return r;
}

/** Mean of the unit vectors of the sentence's content words (zeros when it has none), or null without vectors. */
export function sentenceVector(text: string, v: WordVectors | null = loadWordVectors()): Float32Array | null {
  if (!v) return null;
  const out = new Float32Array(v.dim);
  let n = 0;
  for (const { lower } of tokenize(text)) {
    const r = rowOf(v, lower);
    if (r < 0) continue;
    n++;
    for (let d = 0; d < v.dim; d++) out[d] += v.data[r * v.dim + d];
  }
  // Scaled up: a mean of unit vectors has small components, and AdaGrad's steps do not depend on the input's scale,
  // so small inputs would leave the dense weights with little say beside thousands of sparse ones.
  if (n) for (let d = 0; d < v.dim; d++) out[d] *= SCALE / n;
  return out;
}

/** The weights' dot product with each word's vector, once per model: scoring a sentence is then a mean of scalars,
 * equal to `weights · sentenceVector(text)` (the dot product is linear) at a fraction of the cost. */
export function projectWeights(weights: readonly number[], v: WordVectors | null = loadWordVectors()): Float32Array | null {
  if (!v || weights.length !== v.dim) return null;
  const out = new Float32Array(v.words.length);
  for (let i = 0; i < out.length; i++) {
    let dot = 0;
    for (let d = 0; d < v.dim; d++) dot += weights[d] * v.data[i * v.dim + d];
    out[i] = dot;
  }
  return out;
}

/** `weights · sentenceVector(text)` from `projectWeights(weights)`. */
export function projectedScore(text: string, projected: Float32Array, v: WordVectors | null = loadWordVectors()): number {
  return projectedScoreOfWords(tokenize(text).map((t) => t.lower), projected, v);
}

/** The same from the rows of the sentence's tokens (vectorRow of each, −1 for none). */
export function projectedScoreOfRows(rows: readonly number[], projected: Float32Array): number {
  let sum = 0;
  let n = 0;
  for (const r of rows) {
    if (r < 0) continue;
    n++;
    sum += projected[r];
  }
  return n ? (sum * SCALE) / n : 0;
}

/** The same from the sentence's lower-cased tokens. */
export function projectedScoreOfWords(words: readonly string[], projected: Float32Array, v: WordVectors | null = loadWordVectors()): number {
  if (!v) return 0;
  let sum = 0;
  let n = 0;
  for (const lower of words) {
    const r = rowOf(v, lower);
    if (r < 0) continue;
    n++;
    sum += projected[r];
  }
  return n ? (sum * SCALE) / n : 0;
}
