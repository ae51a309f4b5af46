// Raw class scores of a span (the span and sentence classifiers): the sums of the weights of spanFeatures
// (features.ts), with fewer hashes and table reads. The per-word features (sw=, and pre4=/suf4= with edges) are
// summed into one class vector per distinct word of a document, once, and reused by every sentence and span that
// holds the word; the word pair (sb=) of each token and its successor is hashed once per document; the rate bin
// features (srate=) are a table built once per model. Only the ~15 context features are hashed per span.
//
// The sums are the same numbers as feature-by-feature summing, whatever the order (token-scorer.ts says why:
// every dense weight is an integer multiple of the smallest one's ulp, and such sums are exact in float64). Used
// for dense models only (span-scorer.test.ts checks it against spanFeatures).
import { RATE_PARTS, spanContextFeatures, T, type Emit, type RateContext } from './features.js';
import type { LinearModel } from './linear.js';
import { featureHash, type Part } from './parts.js';
import type { DocTokens } from './tokens.js';

/** Raw scores (before the softmax) of span [a, b), as spanFeatures(d, a, b, emit, repeats, edges, rates) sums them. */
export type SpanScorer = (d: DocTokens, a: number, b: number, repeats: number, rates?: RateContext) => Float64Array;

/** What a model reads of one document, filled as sentences and spans ask for it. */
interface DocCache {
  /** Per distinct word: its summed word features, c per word; `wordDone` marks those filled. */
  wordVec: Float64Array;
  wordDone: Uint8Array;
  /** Per token: the table offset (bucket × c) of sb= with the next token, -1 until computed. */
  pairBase: Int32Array;
}

/** A scorer for a dense model (null for a sparse one); `edges` as spanFeatures' argument, fixed per model. */
export function createSpanScorer(model: LinearModel, edges: boolean): SpanScorer | null {
  const bytes = model.bytes;
  const weights = model.weights;
  if (!bytes || !weights) return null;
  const c = model.classes.length;
  const mask = (1 << model.bits) - 1;
  // A local binding: under tsx (CommonJS output) an imported function is read through a getter at every call.
  const hash = featureHash;
  const rowOf = (t: Part, a?: Part, b?: Part): number => (hash(t, a, b) & mask) * c;
  // srate= per rate bin (10 bins and UNK).
  const rateVec = new Float64Array(RATE_PARTS.length * c);
  RATE_PARTS.forEach((p, r) => {
    const base = rowOf(T.spanRate, p);
    for (let k = 0; k < c; k++) rateVec[r * c + k] = weights[bytes[base + k]];
  });
  const caches = new WeakMap<DocTokens, DocCache>();
  const cacheOf = (d: DocTokens): DocCache => {
    let cache = caches.get(d);
    if (!cache) {
      cache = { wordVec: new Float64Array(d.words.length * c), wordDone: new Uint8Array(d.words.length), pairBase: new Int32Array(d.toks.length).fill(-1) };
      caches.set(d, cache);
    }
    return cache;
  };
  const z = new Float64Array(c);
  const add: Emit = (t, a, b, x) => {
    const base = (hash(t, a, b, x) & mask) * c;
    for (let k = 0; k < c; k++) z[k] += weights[bytes[base + k]];
  };
  return (d, a, b, repeats, rates) => {
    const { wordVec, wordDone, pairBase } = cacheOf(d);
    const toks = d.toks;
    z.fill(0);
    add(T.bias);
    let words = 0;
    let caps = 0;
    let quoted = 0;
    let cues: Set<Part> | null = null;
    for (let i = a; i < b; i++) {
      const t = toks[i];
      if (t.shape === 'p') {
        if (t.lower === '?' || t.lower === '!' || t.lower === '#') add(T.sp, t.part);
        continue;
      }
      words++;
      if (t.shape === 'A') caps++;
      if (t.quoted) quoted++;
      const w = t.word;
      const wv = w * c;
      if (!wordDone[w]) {
        wordDone[w] = 1;
        let base = rowOf(T.sw, t.part);
        for (let k = 0; k < c; k++) wordVec[wv + k] = weights[bytes[base + k]];
        if (edges && t.edges) {
          base = rowOf(T.pre4, t.edges[0]);
          for (let k = 0; k < c; k++) wordVec[wv + k] += weights[bytes[base + k]];
          base = rowOf(T.suf4, t.edges[1]);
          for (let k = 0; k < c; k++) wordVec[wv + k] += weights[bytes[base + k]];
        }
      }
      for (let k = 0; k < c; k++) z[k] += wordVec[wv + k];
      if (i + 1 < b) {
        let base = pairBase[i];
        if (base < 0) pairBase[i] = base = rowOf(T.sb, t.part, toks[i + 1].part);
        for (let k = 0; k < c; k++) z[k] += weights[bytes[base + k]];
      }
      if (rates) {
        const rv = rates.bins[i] * c;
        for (let k = 0; k < c; k++) z[k] += rateVec[rv + k];
      }
      const cueParts = d.cueParts[i];
      if (cueParts.length) for (const p of cueParts) (cues ??= new Set()).add(p);
    }
    spanContextFeatures(d, a, b, add, repeats, words, caps, quoted, cues);
    return Float64Array.from(z);
  };
}
