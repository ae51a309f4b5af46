// Linear models over hashed features: a binary logistic regression (the token tagger) and a softmax regression
// (the span classifiers). Weights live in dense tables at run time; the file stores the non-zero ones sparsely.
import { fnv1a, fnv1aFrom } from '../features/hash.js';

/** The stored form: ascending flat indices, delta-encoded, and their weights (rounded to keep the file small). */
export interface SparseWeights {
  bits: number;
  /** Number of outputs per hashed feature (1 for the binary tagger). */
  classes: string[];
  indices: number[];
  weights: number[];
}

export interface LinearModel {
  readonly bits: number;
  /** Dense weights: classes.length per bucket. */
  readonly table: Float32Array;
  readonly classes: readonly string[];
  /** Raw scores per class (one for a binary model) for the given features. */
  scores(features: readonly string[]): Float64Array;
  /** Contribution of one feature to one class. */
  weight(feature: string, cls: number): number;
}

export function featureBucket(feature: string, bits: number): number {
  return fnv1a(feature) & ((1 << bits) - 1);
}

const prefixes = new Map<string, number>();

/** fnv1a(prefix + a + b + c) without building the string (feature prefixes are few: their hashes are cached). */
export function partsHash(prefix: string, a = '', b = '', c = ''): number {
  let h = prefixes.get(prefix);
  if (h === undefined) {
    h = fnv1a(prefix);
    prefixes.set(prefix, h);
  }
  if (a) h = fnv1aFrom(h, a);
  if (b) h = fnv1aFrom(h, b);
  if (c) h = fnv1aFrom(h, c);
  return h;
}

export function fromTable(table: Float32Array, bits: number, classes: string[]): LinearModel {
  const c = classes.length;
  return {
    bits,
    table,
    classes,
    scores(features) {
      const out = new Float64Array(c);
      for (const f of features) {
        const base = featureBucket(f, bits) * c;
        for (let k = 0; k < c; k++) out[k] += table[base + k];
      }
      return out;
    },
    weight(feature, cls) {
      return table[featureBucket(feature, bits) * c + cls];
    },
  };
}

export function fromSparse(file: SparseWeights): LinearModel {
  const table = new Float32Array((1 << file.bits) * file.classes.length);
  let index = 0;
  for (let i = 0; i < file.indices.length; i++) {
    index += file.indices[i];
    if (index >= table.length) throw new RangeError('weight index out of range');
    table[index] = file.weights[i];
  }
  return fromTable(table, file.bits, file.classes);
}

/** Keeps the `keep` largest weights (by magnitude), rounded to 3 decimals, delta-encoded. */
export function toSparse(table: Float32Array, bits: number, classes: string[], keep: number): SparseWeights {
  const nonzero: number[] = [];
  for (let i = 0; i < table.length; i++) if (Math.abs(table[i]) >= 0.0005) nonzero.push(i);
  let kept = nonzero;
  if (nonzero.length > keep) {
    const magnitudes = nonzero.map((i) => Math.abs(table[i])).sort((x, y) => y - x);
    const cut = magnitudes[keep - 1];
    kept = nonzero.filter((i) => Math.abs(table[i]) >= cut).slice(0, keep);
  }
  const indices: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (const i of kept) {
    indices.push(i - last);
    weights.push(Math.round(table[i] * 1000) / 1000);
    last = i;
  }
  return { bits, classes, indices, weights };
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Softmax in place over raw scores; returns the same array. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k] - max);
  for (let k = 0; k < z.length; k++) z[k] /= sum;
  return z;
}
