// Linear models over hashed features: a binary logistic regression (the token tagger) and a softmax regression
// (the span classifiers). Weights live in dense tables at run time; the file stores the non-zero ones sparsely.
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

/** The stored form: ascending flat indices, delta-encoded, and their weights (rounded to keep the file small). */
export interface SparseWeights {
  bits: number;
  /** Number of outputs per hashed feature (1 for the binary tagger). */
  classes: string[];
  indices: number[];
  weights: number[];
}

/**
 * The stored form of a model that keeps every weight: the dense table quantised to int8 (weight = byte × scale),
 * brotli-compressed (unseen buckets are zeros), base64. Pruning the span classifier to its 60k largest weights
 * cost 3 points of TC accuracy in cross-validation; int8 cost none.
 */
export interface DenseWeights {
  bits: number;
  classes: string[];
  scale: number;
  int8: string;
}

export type StoredWeights = SparseWeights | DenseWeights;

export interface LinearModel {
  readonly bits: number;
  /** Dense weights: classes.length per bucket. */
  readonly table: Float32Array;
  readonly classes: readonly string[];
  /**
   * Dense models: the stored bytes (as unsigned) and `weights[byte]`, the table's value for each byte. A quarter of
   * the table's memory, so the rows a scorer reads per feature stay in cache, and the same numbers as `table`.
   */
  readonly bytes: Uint8Array | null;
  readonly weights: Float64Array | null;
  /** Raw scores per class (one for a binary model) for the given feature buckets (features.ts bucketer). */
  scores(buckets: ArrayLike<number>): Float64Array;
  /** Contribution of the feature in one bucket to one class. */
  weight(bucket: number, cls: number): number;
}

export function fromTable(table: Float32Array, bits: number, classes: string[], bytes: Uint8Array | null = null, weights: Float64Array | null = null): LinearModel {
  const c = classes.length;
  return {
    bits,
    table,
    classes,
    bytes,
    weights,
    scores(buckets) {
      const out = new Float64Array(c);
      for (let j = 0; j < buckets.length; j++) {
        const base = buckets[j] * c;
        for (let k = 0; k < c; k++) out[k] += table[base + k];
      }
      return out;
    },
    weight(bucket, cls) {
      return table[bucket * c + cls];
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

export function toDense(table: Float32Array, bits: number, classes: string[]): DenseWeights {
  let max = 0;
  for (const w of table) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = Int8Array.from(table, (w) => Math.round(w / scale));
  const packed = brotliCompressSync(Buffer.from(bytes.buffer), { params: { [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
  return { bits, classes, scale, int8: packed.toString('base64') };
}

export function fromDense(file: DenseWeights): LinearModel {
  const bytes = brotliDecompressSync(Buffer.from(file.int8, 'base64'));
  const size = (1 << file.bits) * file.classes.length;
  if (bytes.length !== size) throw new RangeError(`dense weights: ${bytes.length} bytes, expected ${size}`);
  const table = new Float32Array(size);
  for (let i = 0; i < size; i++) table[i] = ((bytes[i] << 24) >> 24) * file.scale;
  // Float32 like the table, so both give the same sums.
  const weights = Float64Array.from({ length: 256 }, (_, u) => Math.fround(((u << 24) >> 24) * file.scale));
  return fromTable(table, file.bits, file.classes, new Uint8Array(bytes.buffer, bytes.byteOffset, size), weights);
}

export const isDense = (w: StoredWeights): w is DenseWeights => 'int8' in w;

export function fromStored(w: StoredWeights): LinearModel {
  return isDense(w) ? fromDense(w) : fromSparse(w);
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
