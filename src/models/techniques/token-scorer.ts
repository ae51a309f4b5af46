// The tagger's raw score of every token: the sum of the weights of tokenFeatures (features.ts), computed with fewer
// hashes and table reads. Of a token's ~30 features, most depend on its sentence alone (bias, sentence rates, length,
// question, cues) or on a few small bins (shape, rate bins, clause bin, nearest loaded word): those weights are
// summed once per sentence, or read from tables built once per model. Only the word features are summed once per distinct word, and only the word pairs are hashed per token.
//
// The sums are the same numbers as feature-by-feature summing, not just close: a dense model's weights are byte ×
// scale rounded to float32, so every weight is an integer multiple of the smallest one's ulp below 2^31 of them, and
// any sum of fewer than 2^22 of them is exact in float64, whatever the order. The model uses this scorer for dense
// weights only (token-scorer.test.ts checks it against tokenFeatures).
import { bucketLen, BOS, DOC_BINS, EOS, NEAR, POS, RATE_BINS, RATE_PARTS, STOP, T, UNK_INDEX, word, type RateContext } from './features.js';
import { constant, type Part } from './parts.js';
import type { DocTokens } from './tokens.js';

/** The weight of one feature (template and parts), as the tagger's table holds it. */
export type WeightOf = (template: Part, a?: Part, b?: Part, c?: Part) => number;

const SHAPES = ['x', 'X', 'A', 'd', 'p'] as const;
/** Shape letter (char code) → index in SHAPES. */
const SHAPE_INDEX = new Int8Array(128);
SHAPES.forEach((s, k) => (SHAPE_INDEX[s.charCodeAt(0)] = k));

const R = RATE_PARTS.length; // 10 bins and UNK
const EDGE = R; // BOS or EOS in the neighbour-rate tables

/** Raw tagger scores (before the sigmoid) of every token of a document, given its rate context. */
export function createTokenScorer(weight: WeightOf): (d: DocTokens, rates: RateContext) => Float64Array {
  const table = (rows: number, cols: number, w: (r: number, c: number) => number): Float64Array => {
    const out = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = w(r, c);
    return out;
  };
  const shapeParts = SHAPES.map((s) => constant(s));
  const withEdge = (edge: Part) => (k: number): Part => (k === EDGE ? edge : RATE_PARTS[k]);
  // rate=r0, rate=r0|shape, prate=prev|r0, nrate=r0|next, d:rate=mean|r0, c:ratemax=c, c:ratemax=c|r0, near=l|r.
  const shape = table(1, SHAPES.length, (_, s) => weight(T.sh, shapeParts[s]));
  const rateShape = table(R, SHAPES.length, (r, s) => weight(T.rate, RATE_PARTS[r]) + weight(T.rate, RATE_PARTS[r], shapeParts[s]));
  const prate = table(R + 1, R, (p, r) => weight(T.prate, withEdge(BOS)(p), RATE_PARTS[r]));
  const nrate = table(R, R + 1, (r, n) => weight(T.nrate, RATE_PARTS[r], withEdge(EOS)(n)));
  const docRate = table(DOC_BINS.length, R, (m, r) => weight(T.docRate, DOC_BINS[m], RATE_PARTS[r]));
  const clause = table(RATE_BINS.length, R, (c, r) => weight(T.cRateMax, RATE_BINS[c]) + weight(T.cRateMax, RATE_BINS[c], RATE_PARTS[r]));
  const near = table(NEAR.length, NEAR.length, (l, r) => weight(T.near, NEAR[l], NEAR[r]));
  const pos = [POS.begin, POS.mid, POS.end].map((p) => weight(T.pos, p));
  const quoted = weight(T.quoted);
  const rep3 = weight(T.rep3);
  const rep6 = weight(T.rep6);
  const bos = { p1: weight(T.p1, BOS), p2: weight(T.p2, BOS) };
  const eos = { n1: weight(T.n1, EOS), n2: weight(T.n2, EOS) };
  return (d, rates) => {
    const out = new Float64Array(d.toks.length);
    const { bins, clauseMax, nearLeft, nearRight } = rates;
    const docRow = rates.docMeanIndex * R;
    // Per distinct word: its own features (w=, suf=, pre4=, suf4=; rep= for a word, not punctuation), and its
    // features as a neighbour (p1= … n2=).
    const m = d.words.length;
    const self = new Float64Array(m), repeated = new Float64Array(m), asP1 = new Float64Array(m), asN1 = new Float64Array(m), asP2 = new Float64Array(m), asN2 = new Float64Array(m);
    const done = new Uint8Array(m);
    for (const t of d.toks) {
      const k = t.word;
      if (done[k]) continue;
      done[k] = 1;
      let own = weight(T.w, t.part);
      if (t.suffix) own += weight(T.suf, t.suffix);
      if (t.edges) own += weight(T.pre4, t.edges[0]) + weight(T.suf4, t.edges[1]);
      self[k] = own;
      const w = t.lower;
      const f = !STOP.has(w) && w.length > 3 ? d.freq.get(w) ?? 0 : 0;
      repeated[k] = f >= 6 ? rep6 : f >= 3 ? rep3 : 0;
      asP1[k] = weight(T.p1, t.part);
      asN1[k] = weight(T.n1, t.part);
      asP2[k] = weight(T.p2, t.part);
      asN2[k] = weight(T.n2, t.part);
    }
    const toks = d.toks;
    for (let k = 0; k < d.sentences.length; k++) {
      const s = d.sentences[k];
      const from = s.from, to = s.to;
      const length = to - from;
      // Features every token of the sentence shares.
      let base = weight(T.bias) + weight(T.sRateMax, rates.sentenceMax[k]) + weight(T.sRateHigh, rates.sentenceHigh[k])
        + weight(T.docRate, rates.docMean) + weight(T.docHigh, rates.docHigh) + weight(T.sLen, bucketLen(length));
      if (s.question) base += weight(T.sQuestion);
      if (s.exclaim) base += weight(T.sExclaim);
      if (k === 0) base += weight(T.sFirst);
      for (const c of s.cueParts) base += weight(T.sCue, c);
      for (let i = from; i < to; i++) {
        const t = toks[i];
        const r0 = bins[i];
        const sh = SHAPE_INDEX[t.shape.charCodeAt(0)];
        const rel = (i - from) / Math.max(1, length);
        let sum = base + pos[rel < 0.2 ? 0 : rel > 0.8 ? 2 : 1] + shape[sh] + rateShape[r0 * SHAPES.length + sh]
          + prate[(i > from ? bins[i - 1] : EDGE) * R + r0] + nrate[r0 * (R + 1) + (i + 1 < to ? bins[i + 1] : EDGE)]
          + docRate[docRow + r0] + clause[clauseMax[i] * R + r0] + near[nearLeft[i] * NEAR.length + nearRight[i]];
        // The word, its neighbours, and the two pairs with them (the only features hashed per token).
        sum += self[t.word]
          + (i - 1 >= from ? asP1[toks[i - 1].word] : bos.p1) + (i - 2 >= from ? asP2[toks[i - 2].word] : bos.p2)
          + (i + 1 < to ? asN1[toks[i + 1].word] : eos.n1) + (i + 2 < to ? asN2[toks[i + 2].word] : eos.n2)
          + weight(T.pw, word(d, i - 1, from, to), t.part) + weight(T.wn, t.part, word(d, i + 1, from, to));
        for (const c of d.cueParts[i]) sum += weight(T.cue, c);
        if (t.quoted) sum += quoted;
        if (t.shape !== 'p') sum += repeated[t.word];
        out[i] = sum;
      }
    }
    return out;
  };
}
