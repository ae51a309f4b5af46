// Both passes' tables interleaved per bucket (7 weights of the first pass, then 7 of the second), so the features the
// two passes share are scored for both in one sweep, from one cache line. Weights are decoded once, at load, from the
// shipped log-scale bytes into 16-bit integers on a linear scale per pass: integer sums with no lookup table ran a third
// faster than decoding each byte through the table, and the pair (2^16 × 14 × 2 bytes) stays near L2.
import { T } from './tagger.js';

export interface PairedTables {
  bits: number;
  /** (1 << bits) × 14 weights in units of step1 (first 7) and step2 (last 7). */
  weights: Int16Array;
  step1: number;
  step2: number;
}

/** Interleaves the two passes' byte codes and decodes them through their tables (weight of code c at lut[c + 128]). */
export function pairTables(bits: number, one: Int8Array, two: Int8Array, lut1: Float64Array, lut2: Float64Array): PairedTables {
  const step = (lut: Float64Array): number => Math.max(Math.abs(lut[0]), Math.abs(lut[255])) / 32000 || 1;
  const step1 = step(lut1);
  const step2 = step(lut2);
  const buckets = one.length / T;
  const weights = new Int16Array(buckets * 2 * T);
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < T; t++) {
      weights[b * 14 + t] = Math.round(lut1[one[b * T + t] + 128] / step1);
      weights[b * 14 + 7 + t] = Math.round(lut2[two[b * T + t] + 128] / step2);
    }
  }
  return { bits, weights, step1, step2 };
}

/**
 * First-pass scores of all `k` features of each token into `s1`, and second-pass scores of the first `shared` into
 * `s2` (overwriting both).
 */
export function scoreShared(p: PairedTables, feats: Uint32Array, n: number, k: number, shared: number, s1: Float64Array, s2: Float64Array): void {
  const mask = (1 << p.bits) - 1;
  const e = p.weights;
  const u = p.step1;
  const v = p.step2;
  for (let i = 0; i < n; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
    let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
    const f = i * k;
    for (let j = 0; j < shared; j++) {
      const b = (feats[f + j] & mask) * 14;
      a0 += e[b];
      a1 += e[b + 1];
      a2 += e[b + 2];
      a3 += e[b + 3];
      a4 += e[b + 4];
      a5 += e[b + 5];
      a6 += e[b + 6];
      b0 += e[b + 7];
      b1 += e[b + 8];
      b2 += e[b + 9];
      b3 += e[b + 10];
      b4 += e[b + 11];
      b5 += e[b + 12];
      b6 += e[b + 13];
    }
    for (let j = shared; j < k; j++) {
      const b = (feats[f + j] & mask) * 14;
      a0 += e[b];
      a1 += e[b + 1];
      a2 += e[b + 2];
      a3 += e[b + 3];
      a4 += e[b + 4];
      a5 += e[b + 5];
      a6 += e[b + 6];
    }
    const o = i * 7;
    s1[o] = a0 * u;
    s1[o + 1] = a1 * u;
    s1[o + 2] = a2 * u;
    s1[o + 3] = a3 * u;
    s1[o + 4] = a4 * u;
    s1[o + 5] = a5 * u;
    s1[o + 6] = a6 * u;
    s2[o] = b0 * v;
    s2[o + 1] = b1 * v;
    s2[o + 2] = b2 * v;
    s2[o + 3] = b3 * v;
    s2[o + 4] = b4 * v;
    s2[o + 5] = b5 * v;
    s2[o + 6] = b6 * v;
  }
}

/** Adds the second-pass scores of `k` stacked features per token to `s2`. */
export function scoreStacked(p: PairedTables, feats: Uint32Array, n: number, k: number, s2: Float64Array): void {
  const mask = (1 << p.bits) - 1;
  const e = p.weights;
  const v = p.step2;
  for (let i = 0; i < n; i++) {
    let b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
    const f = i * k;
    for (let j = 0; j < k; j++) {
      const b = (feats[f + j] & mask) * 14 + 7;
      b0 += e[b];
      b1 += e[b + 1];
      b2 += e[b + 2];
      b3 += e[b + 3];
      b4 += e[b + 4];
      b5 += e[b + 5];
      b6 += e[b + 6];
    }
    const o = i * 7;
    s2[o] += b0 * v;
    s2[o + 1] += b1 * v;
    s2[o + 2] += b2 * v;
    s2[o + 3] += b3 * v;
    s2[o + 4] += b4 * v;
    s2[o + 5] += b5 * v;
    s2[o + 6] += b6 * v;
  }
}
