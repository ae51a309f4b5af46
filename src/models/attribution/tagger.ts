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

/**
 * The best tag sequence under the emission and transition scores, unrolled for the seven BIO tags: O and B- tags may
 * follow any tag, I-X only B-X or I-X (see `allowed`).
 */
export function viterbi(w: Pick<Weights, 'trans' | 'start'>, scores: Float64Array, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * 7);
  const tr = w.trans;
  const NEG = -Infinity;
  let p0 = w.start[0] + scores[0];
  let p1 = w.start[1] + scores[1];
  let p2 = NEG;
  let p3 = w.start[3] + scores[3];
  let p4 = NEG;
  let p5 = w.start[5] + scores[5];
  let p6 = NEG;
  for (let i = 1; i < n; i++) {
    const o = i * 7;
    // O and B- tags: the best of all seven predecessors.
    for (const t of FREE) {
      let best = p0 + tr[t];
      let arg = 0;
      let v = p1 + tr[7 + t];
      if (v > best) (best = v), (arg = 1);
      v = p2 + tr[14 + t];
      if (v > best) (best = v), (arg = 2);
      v = p3 + tr[21 + t];
      if (v > best) (best = v), (arg = 3);
      v = p4 + tr[28 + t];
      if (v > best) (best = v), (arg = 4);
      v = p5 + tr[35 + t];
      if (v > best) (best = v), (arg = 5);
      v = p6 + tr[42 + t];
      if (v > best) (best = v), (arg = 6);
      free[t] = best + scores[o + t];
      back[o + t] = arg;
    }
    // I- tags: their B- or themselves.
    const i2 = pick(p1 + tr[7 + 2], p2 + tr[14 + 2]);
    const i4 = pick(p3 + tr[21 + 4], p4 + tr[28 + 4]);
    const i6 = pick(p5 + tr[35 + 6], p6 + tr[42 + 6]);
    back[o + 2] = i2 ? 2 : 1;
    back[o + 4] = i4 ? 4 : 3;
    back[o + 6] = i6 ? 6 : 5;
    p2 = (i2 ? p2 + tr[14 + 2] : p1 + tr[7 + 2]) + scores[o + 2];
    p4 = (i4 ? p4 + tr[28 + 4] : p3 + tr[21 + 4]) + scores[o + 4];
    p6 = (i6 ? p6 + tr[42 + 6] : p5 + tr[35 + 6]) + scores[o + 6];
    p0 = free[0];
    p1 = free[1];
    p3 = free[3];
    p5 = free[5];
  }
  const last = [p0, p1, p2, p3, p4, p5, p6];
  let arg = 0;
  for (let t = 1; t < 7; t++) if (last[t] > last[arg]) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * 7 + arg];
  }
  return tags;
}

const FREE = [0, 1, 3, 5];
const free = new Float64Array(7);

/** True when the second (staying inside the span) beats the first (its B- tag); ties go to the B- tag. */
function pick(fromBegin: number, stay: number): boolean {
  return stay > fromBegin;
}
