// A first-order linear-chain tagger over hashed features: BIO tags for Source, Cue and Content (PolNeAR is univocal,
// so one tag per token says it all). B- tags matter beyond splitting adjacent spans: with one tag per role, source F1
// fell 2.2 points on held-out train (the start of a source is a decision of its own). Emission weights per
// (bucket, tag), transition weights per tag pair, Viterbi.
import { K } from './features.js';

export const TAGS = ['O', 'B-Source', 'I-Source', 'B-Cue', 'I-Cue', 'B-Content', 'I-Content'] as const;
export const T = TAGS.length;

/** Roles by tag: 0 none, 1 Source, 2 Cue, 3 Content. */
export const ROLE_OF = [0, 1, 1, 2, 2, 3, 3] as const;
/** The B- tag of each role (its I- tag is one more). */
export const B_SOURCE = 1;
export const B_CUE = 3;
export const B_CONTENT = 5;
export const isBegin = (tag: number): boolean => tag === B_SOURCE || tag === B_CUE || tag === B_CONTENT;

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || isBegin(tag)) return true;
  return prev === tag || prev === tag - 1;
}

export interface Weights {
  bits: number;
  /** (1 << bits) × T emission weights. */
  emit: Float32Array;
  /** T × T transition weights, previous tag major. */
  trans: Float32Array;
  /** Weights of the first tag. */
  start: Float32Array;
}

/** Emission scores (n × T) of featurised tokens (the seven tags unrolled: this loop is most of the tagger's time). */
export function emissions(w: Weights, feats: Uint32Array, n: number, out: Float64Array = new Float64Array(n * T), k = K): Float64Array {
  const mask = (1 << w.bits) - 1;
  const e = w.emit;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    const f = i * k;
    for (let j = 0; j < k; j++) {
      const b = (feats[f + j] & mask) * 7;
      s0 += e[b];
      s1 += e[b + 1];
      s2 += e[b + 2];
      s3 += e[b + 3];
      s4 += e[b + 4];
      s5 += e[b + 5];
      s6 += e[b + 6];
    }
    const o = i * 7;
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
  }
  return out;
}

/** Tables as shipped: int8 codes per (bucket, tag), decoded through a 256-entry table (log-scaled, see codec.ts). */
export interface QuantizedWeights {
  bits: number;
  emit: Int8Array;
  /** Weight of code c at lut[c + 128]. */
  lut: Float64Array;
  trans: Float32Array;
  start: Float32Array;
}

/**
 * Emission scores from quantized tables: the same sums, a quarter of the memory traffic. Reads the first `k` of every
 * `stride` features of a token. With `add`, the scores are added to what `out` holds (the second pass scores two
 * feature arrays with one table).
 */
export function emissionsQ(w: QuantizedWeights, feats: Uint32Array, n: number, k: number, out: Float64Array = new Float64Array(n * T), add = false, stride = k): Float64Array {
  const mask = (1 << w.bits) - 1;
  const e = w.emit;
  const lut = w.lut;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    const f = i * stride;
    for (let j = 0; j < k; j++) {
      const b = (feats[f + j] & mask) * 7;
      s0 += lut[e[b] + 128];
      s1 += lut[e[b + 1] + 128];
      s2 += lut[e[b + 2] + 128];
      s3 += lut[e[b + 3] + 128];
      s4 += lut[e[b + 4] + 128];
      s5 += lut[e[b + 5] + 128];
      s6 += lut[e[b + 6] + 128];
    }
    const o = i * 7;
    if (add) {
      out[o] += s0;
      out[o + 1] += s1;
      out[o + 2] += s2;
      out[o + 3] += s3;
      out[o + 4] += s4;
      out[o + 5] += s5;
      out[o + 6] += s6;
    } else {
      out[o] = s0;
      out[o + 1] = s1;
      out[o + 2] = s2;
      out[o + 3] = s3;
      out[o + 4] = s4;
      out[o + 5] = s5;
      out[o + 6] = s6;
    }
  }
  return out;
}

/** Allowed previous tags of each tag, flattened: PRED[PRED_AT[t] .. PRED_AT[t + 1]). */
const PRED_AT: number[] = [0];
const PRED: number[] = [];
for (let t = 0; t < T; t++) {
  for (let p = 0; p < T; p++) if (allowed(p, t)) PRED.push(p);
  PRED_AT.push(PRED.length);
}

/** The best tag sequence under the emission and transition scores. */
export function viterbi(w: Pick<Weights, 'trans' | 'start'>, scores: Float64Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * T);
  const trans = w.trans;
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  for (let t = 0; t < T; t++) prev[t] = PRED_AT[t + 1] - PRED_AT[t] === T ? w.start[t] + scores[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = PRED_AT[t], end = PRED_AT[t + 1]; j < end; j++) {
        const p = PRED[j];
        const v = prev[p] + trans[p * T + t];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[t] = best + scores[i * T + t];
      back[i * T + t] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if (prev[t] > prev[arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg];
  }
  return tags;
}
