// Second-pass features: what the first pass tagged around each token (its neighbours' tags, the nearest predicted cue
// and what lies between, whether the sentence has a cue at all). A linear chain sees one tag back; these let the
// second pass see the attribution a token would belong to.
import { fmix, K, K_SHARED } from './features.js';
import type { TagInput } from './input.js';
import { B_CONTENT, B_CUE, ROLE_OF } from './tagger.js';

/** Extra features per token in the second pass. */
export const K2 = 14;

const g = (t: number, a: number, b: number, c: number): number =>
  fmix(Math.imul(Math.imul(Math.imul(Math.imul(t + 100, 0x9e3779b1) ^ a, 0x27d4eb2f) ^ b, 0x165667b1) ^ c, 0x85ebca77));

function distBin(d: number): number {
  return d <= 2 ? d : d <= 4 ? 3 : d <= 8 ? 4 : d <= 16 ? 5 : 6;
}

// Per-token scratch arrays reused from one document to the next (allocating them per document costs garbage
// collection at run time); every slot a document reads is written first.
let R = new Uint8Array(0);
let lCue = new Int32Array(0);
let lWay = new Uint8Array(0);
let rCue = new Int32Array(0);
let rWay = new Uint8Array(0);

function fitScratch(n: number): void {
  if (lCue.length >= n) return;
  const m = Math.max(n, lCue.length * 2, 1024);
  R = new Uint8Array(m + 4);
  lCue = new Int32Array(m);
  lWay = new Uint8Array(m);
  rCue = new Int32Array(m);
  rWay = new Uint8Array(m);
}

/**
 * The K2 stacked features of every token (the second pass also reads the first pass's first K_SHARED), into `out` when
 * it is large enough (the tagger reuses one buffer; training keeps each result, so it gets a fresh array).
 */
export function stackFeatures(input: TagInput, tags: Uint8Array, word: Uint32Array, out: Uint32Array = new Uint32Array(tags.length * K2)): Uint32Array {
  const n = tags.length;
  fitScratch(n);
  // Roles padded by two on each side (4 = outside the text), so neighbours need no bounds checks.
  R.fill(4, 0, n + 4);
  for (let i = 0; i < n; i++) R[i + 2] = ROLE_OF[tags[i]];
  // Nearest predicted cue on each side within the sentence, and what lies on the way (1 source, 2 content, 4 comma).
  const lower = input.lower;
  const sentences = input.sentences;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    let cues = 0;
    let contents = 0;
    for (let i = s.from; i < s.to; i++) {
      if (tags[i] === B_CUE) cues++;
      else if (tags[i] === B_CONTENT) contents++;
    }
    cues = Math.min(cues, 3);
    contents = Math.min(contents, 3);
    const prev = si > 0 ? sentences[si - 1] : null;
    const prevEnd = prev ? R[prev.to + 1] : 4;
    const prevCue = prev && hasCue(tags, prev.from, prev.to) ? 1 : 0;
    let last = -1;
    let way = 0;
    for (let i = s.from; i < s.to; i++) {
      lCue[i] = last;
      lWay[i] = way;
      const r = R[i + 2];
      if (r === 2) {
        last = i;
        way = 0;
      } else if (r !== 0) way |= r === 1 ? 1 : 2;
      else if (lower[i] === ',') way |= 4;
    }
    last = -1;
    way = 0;
    for (let i = s.to - 1; i >= s.from; i--) {
      rCue[i] = last;
      rWay[i] = way;
      const r = R[i + 2];
      if (r === 2) {
        last = i;
        way = 0;
      } else if (r !== 0) way |= r === 1 ? 1 : 2;
      else if (lower[i] === ',') way |= 4;
    }
    const lead = s.leads ? 2 : 0;
    for (let i = s.from; i < s.to; i++) {
      const o = i * K2;
      const l = lCue[i];
      const r = rCue[i];
      const ld = l < 0 ? 0 : distBin(i - l);
      const rd = r < 0 ? 0 : distBin(r - i);
      const me = R[i + 2];
      const q = input.quote[i];
      out[o] = g(1, tags[i], 0, 0);
      out[o + 1] = g(2, R[i + 1], me, R[i + 3]);
      out[o + 2] = g(3, R[i], R[i + 1], me);
      out[o + 3] = g(4, me, R[i + 3], R[i + 4]);
      out[o + 4] = g(5, tags[i], word[i], 0);
      out[o + 5] = g(6, ld, lWay[i], me);
      out[o + 6] = g(7, rd, rWay[i], me);
      out[o + 7] = g(8, l < 0 ? 0 : word[l], ld < 3 ? ld : 3, me);
      out[o + 8] = g(9, r < 0 ? 0 : word[r], rd < 3 ? rd : 3, me);
      out[o + 9] = g(10, cues, contents, me);
      out[o + 10] = g(11, prevEnd, prevCue, me * 4 + (i === s.from ? 1 : 0) + lead);
      out[o + 11] = g(12, lWay[i], rWay[i], q);
      out[o + 12] = g(13, ld, rd, q);
      out[o + 13] = g(14, me, q, i === s.to - 1 ? 1 : 0);
    }
  }
  return out;
}

/** The shared first-pass features and the stacked ones side by side, (K_SHARED + K2) per token, for training. */
export function concatFeatures(first: Uint32Array, stacked: Uint32Array, n: number): Uint32Array {
  const w = K_SHARED + K2;
  const out = new Uint32Array(n * w);
  for (let i = 0; i < n; i++) {
    out.set(first.subarray(i * K, i * K + K_SHARED), i * w);
    out.set(stacked.subarray(i * K2, i * K2 + K2), i * w + K_SHARED);
  }
  return out;
}

function hasCue(tags: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tags[i] === B_CUE) return true;
  return false;
}
