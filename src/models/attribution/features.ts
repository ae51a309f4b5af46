// Hashed features of every token for the attribution tagger: the word and its neighbours, shapes, learned cue and
// source rates, quotation marks, the sentence, and where the nearest likely cue is. Integers all the way (no feature
// strings are built), so a 5,000-character article is featurised in well under a millisecond.
import { fnv1a } from '../features/hash.js';
import type { TagInput } from './input.js';
import type { WordCache } from './words.js';

/** Bump when a feature changes: a model trained on other features is refused. */
export const FEATURE_VERSION = 9;

/** Features per token (a fixed count: every template fills its slot). */
export const K = 28;

/**
 * The second pass reads the first K_SHARED of them (plus its own). All of them: both passes' weights of a feature sit
 * in one cache line (paired.ts), so sharing costs little, and on a held-out quarter of PolNeAR train 24 + 14 scored
 * 0.3–0.8 points above 12 + 14. (Against 38 first-pass features, 24 lost 1.3 points of source F1 for 40% fewer
 * lookups, which are most of the tagger's time; two stem features then added 0.7 points of cue F1. Dropping six of the
 * 26 cost nothing on held-out train and saved 0.3 ms, but that model misread sentences of the seed article —
 * "as the forces withdrew, they imposed sanctions" became an attribution — so all 26 stay. The two WordNet-class
 * features, 2026-12-06, made 28.)
 */
export const K_SHARED = 28;

/** Murmur3's finaliser alone, as a signed 32-bit integer (no boxing on the hot path; stored into Uint32Arrays). */
export function fmix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

// A template number and its parts: one multiply per part, one finaliser (this runs ~40 times per token).
const f1 = (t: number, a: number): number => fmix(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0x27d4eb2f));
const f2 = (t: number, a: number, b: number): number => fmix(Math.imul(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0x27d4eb2f) ^ b, 0x165667b1));
const f3 = (t: number, a: number, b: number, c: number): number =>
  fmix(Math.imul(Math.imul(Math.imul(Math.imul(t, 0x9e3779b1) ^ a, 0x27d4eb2f) ^ b, 0x165667b1) ^ c, 0x85ebca77));

const BOS = fnv1a('<s>');
const EOS = fnv1a('</s>');

function distBin(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
}

/** Per-token word-level values shared by the templates. */
interface TokenInfo {
  word: Uint32Array;
  shape: Uint32Array;
  cue: Uint8Array;
  source: Uint8Array;
  strong: Uint8Array;
  stem: Uint32Array;
  stemCue: Uint8Array;
  lex: Uint16Array;
}

/**
 * Per-token scratch arrays, reused from one document to the next (allocated per document, they cost about an eighth
 * of the featurising time in garbage collection). Only `word` goes back to the caller, so it is always fresh.
 */
class Scratch {
  size = 0;
  shape = new Uint32Array(0);
  cue = new Uint8Array(0);
  source = new Uint8Array(0);
  strong = new Uint8Array(0);
  stem = new Uint32Array(0);
  stemCue = new Uint8Array(0);
  lex = new Uint16Array(0);
  before = new Uint32Array(0);
  after = new Uint32Array(0);
  left = new Int32Array(0);
  right = new Int32Array(0);
  leftComma = new Uint8Array(0);
  rightComma = new Uint8Array(0);

  fit(n: number): this {
    if (n <= this.size) return this;
    const m = Math.max(n, this.size * 2, 1024);
    Object.assign(this, { size: m, shape: new Uint32Array(m), cue: new Uint8Array(m), source: new Uint8Array(m), strong: new Uint8Array(m), stem: new Uint32Array(m), stemCue: new Uint8Array(m), lex: new Uint16Array(m) });
    Object.assign(this, { before: new Uint32Array(m), after: new Uint32Array(m), left: new Int32Array(m), right: new Int32Array(m), leftComma: new Uint8Array(m), rightComma: new Uint8Array(m) });
    return this;
  }
}

const scratch = new Scratch();

function tokenInfo(input: TagInput, words: WordCache): TokenInfo {
  const n = input.tokens.length;
  const s = scratch.fit(n);
  const info: TokenInfo = { word: new Uint32Array(n), shape: s.shape, cue: s.cue, source: s.source, strong: s.strong, stem: s.stem, stemCue: s.stemCue, lex: s.lex };
  for (let i = 0; i < n; i++) {
    const w = words.get(input.tokens[i].text, input.lower[i]);
    info.word[i] = w.word;
    info.shape[i] = w.shape;
    info.cue[i] = w.cue;
    info.source[i] = w.source;
    info.strong[i] = w.strong && input.quote[i] === 0 ? 1 : 0;
    info.stem[i] = w.stem;
    info.stemCue[i] = w.stemCue;
    info.lex[i] = w.lex;
  }
  return info;
}

/**
 * For a token inside quotation marks: the word before the opening mark and the word after the closing mark (",” he
 * said" / "said: “"), which say whether the quote is someone's words; 0 outside quotes.
 */
function quoteContext(input: TagInput, word: Uint32Array): { before: Uint32Array; after: Uint32Array } {
  const n = input.tokens.length;
  const before = scratch.before.fill(0, 0, n);
  const after = scratch.after.fill(0, 0, n);
  const q = input.quote;
  for (let i = 0; i < n; i++) {
    if (q[i] !== 2) continue;
    let j = i + 1;
    while (j < n && q[j] === 1) j++;
    const end = j < n && q[j] === 3 ? j : j - 1;
    before.fill(i > 0 ? word[i - 1] : BOS, i, end + 1);
    after.fill(end + 1 < n ? word[end + 1] : EOS, i, end + 1);
    i = end;
  }
  return { before, after };
}

/** Fills `out` (K slots per token) with the hashed features of every token of `input`. */
export function featurize(input: TagInput, words: WordCache, out: Uint32Array = new Uint32Array(input.tokens.length * K)): { feats: Uint32Array; word: Uint32Array } {
  const info = tokenInfo(input, words);
  const { word, cue, source, strong } = info;
  const sh = info.shape;
  const q = input.quote;
  const { before: qBefore, after: qAfter } = quoteContext(input, word);
  const n = input.tokens.length;
  const { left, leftComma, right, rightComma } = scratch;
  const lower = input.lower;
  for (const s of input.sentences) {
    let strongInSentence = 0;
    for (let i = s.from; i < s.to; i++) strongInSentence += strong[i];
    // Nearest likely cue on each side within the sentence, with a comma (1) or "that" (2) between.
    let last = -1;
    let comma = 0;
    for (let i = s.from; i < s.to; i++) {
      left[i] = last;
      leftComma[i] = comma;
      if (strong[i]) {
        last = i;
        comma = 0;
      } else if (lower[i] === ',') comma = 1;
      else if (lower[i] === 'that' && comma === 0) comma = 2;
    }
    last = -1;
    comma = 0;
    for (let i = s.to - 1; i >= s.from; i--) {
      right[i] = last;
      rightComma[i] = comma;
      if (strong[i]) {
        last = i;
        comma = 0;
      } else if (lower[i] === ',') comma = 1;
    }
    const sentenceKind = (s.title ? 4 : 0) + (s.leads ? 2 : 0);
    for (let i = s.from; i < s.to; i++) {
      const o = i * K;
      const p1 = i > s.from ? word[i - 1] : BOS;
      const p2 = i - 1 > s.from ? word[i - 2] : BOS;
      const n1 = i + 1 < s.to ? word[i + 1] : EOS;
      const n2 = i + 2 < s.to ? word[i + 2] : EOS;
      const sp1 = i > s.from ? sh[i - 1] : BOS;
      const sn1 = i + 1 < s.to ? sh[i + 1] : EOS;
      const cp1 = i > s.from ? cue[i - 1] : 12;
      const cn1 = i + 1 < s.to ? cue[i + 1] : 12;
      const l = left[i];
      const r = right[i];
      const ld = l < 0 ? 0 : distBin(i - l);
      const rd = r < 0 ? 0 : distBin(r - i);
      const lc = leftComma[i];
      const rc = rightComma[i];
      const lw = l < 0 ? BOS : word[l];
      const rw = r < 0 ? EOS : word[r];
      const fromStart = distBin(i - s.from);
      const toEnd = distBin(s.to - 1 - i);
      // Both passes read all of these (K_SHARED = K).
      out[o] = 1;
      out[o + 1] = f1(1, word[i]);
      out[o + 2] = f1(2, p1);
      out[o + 3] = f1(3, n1);
      out[o + 4] = f2(6, p1, word[i]);
      out[o + 5] = f2(7, word[i], n1);
      out[o + 6] = f2(12, cp1, cue[i]);
      out[o + 7] = f2(13, cue[i], cn1);
      out[o + 8] = f2(16, q[i], i > s.from ? q[i - 1] : 9);
      out[o + 9] = f3(18, ld, lc, q[i]);
      out[o + 10] = f3(19, rd, rc, q[i]);
      out[o + 11] = f3(23, fromStart, toEnd, sentenceKind);
      out[o + 12] = f1(4, p2);
      out[o + 13] = f1(5, n2);
      out[o + 14] = f3(9, sp1, sh[i], sn1);
      out[o + 15] = f2(14, source[i], sh[i]);
      out[o + 16] = f3(15, i > s.from ? source[i - 1] : 12, source[i], i + 1 < s.to ? source[i + 1] : 12);
      out[o + 17] = f2(17, q[i], cue[i]);
      out[o + 18] = f2(21, lw, ld < 4 ? ld : 4);
      out[o + 19] = f2(22, rw, rd < 4 ? rd : 4);
      out[o + 20] = f2(28, word[i], q[i]);
      out[o + 21] = f2(34, qBefore[i], q[i]);
      out[o + 22] = f2(35, qAfter[i], q[i]);
      out[o + 23] = f3(37, strongInSentence < 3 ? strongInSentence : 3, ld > 0 ? 1 : 0, rd > 0 ? 1 : 0);
      out[o + 24] = f1(40, info.stem[i]);
      out[o + 25] = f2(41, info.stemCue[i], cue[i]);
      // WordNet classes (wordnet.ts): a rare verb of communication or cognition, a person noun before a cue.
      const lex = info.lex;
      out[o + 26] = f2(42, lex[i], cue[i]);
      out[o + 27] = f3(43, i > s.from ? lex[i - 1] : 4095, lex[i], i + 1 < s.to ? lex[i + 1] : 4095);
    }
  }
  return { feats: out, word };
}
