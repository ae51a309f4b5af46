// Features of the two models: one set per token (is it inside a technique span?) and one per span (which
// technique?). A feature is a template and parts (parts.ts): a scorer hashes them with integer operations, and an
// explanation reads their text, so the stage can say which features carried a decision.
import { constant, featureHash, featureText, type Part } from './parts.js';
import type { DocTokens } from './tokens.js';

/** Bump when a feature changes: a model trained on other features is refused. */
export const FEATURE_VERSION = 8;

/** Word → share of its training occurrences inside a technique span (learned; words seen 3+ times). */
export type Rates = ReadonlyMap<string, number>;

/** A feature: a template and up to three parts. */
export type Emit = (template: Part, a?: Part, b?: Part, c?: Part) => void;

/** An Emit that collects the feature texts (explanations, tests). */
export function collector(out: string[]): Emit {
  return (t, a, b, c) => void out.push(featureText(t, a, b, c));
}

/** An Emit that collects the features' buckets in a table of 2^bits (training). */
export function bucketer(out: number[], bits: number): Emit {
  const mask = (1 << bits) - 1;
  return (t, a, b, c) => void out.push(featureHash(t, a, b, c) & mask);
}

/** Features with their bucket; the text is built only for the few an explanation shows (text(j)). */
export interface Recorded {
  buckets: number[];
  text(j: number): string;
}

export function recorder(bits: number): { emit: Emit; recorded: Recorded } {
  const mask = (1 << bits) - 1;
  const buckets: number[] = [];
  const args: Array<[Part, Part | undefined, Part | undefined, Part | undefined]> = [];
  const emit: Emit = (t, a, b, c) => {
    buckets.push(featureHash(t, a, b, c) & mask);
    args.push([t, a, b, c]);
  };
  return { emit, recorded: { buckets, text: (j) => featureText(...args[j]) } };
}

// Templates as named constants (an object literal with fixed keys: property reads the JIT inlines). Exported for
// token-scorer.ts, which sums the tagger's features of tokenFeatures grouped by what they depend on.
export const T = {
  bias: constant('bias'),
  w: constant('w='),
  p1: constant('p1='),
  n1: constant('n1='),
  p2: constant('p2='),
  n2: constant('n2='),
  pw: constant('pw='),
  wn: constant('wn='),
  sh: constant('sh='),
  rate: constant('rate='),
  prate: constant('prate='),
  nrate: constant('nrate='),
  suf: constant('suf='),
  quoted: constant('quoted'),
  sQuestion: constant('s:question'),
  sExclaim: constant('s:exclaim'),
  sFirst: constant('s:first'),
  sLen: constant('s:len='),
  pos: constant('pos='),
  cue: constant('cue='),
  sCue: constant('s:cue='),
  rep6: constant('rep=6+'),
  rep3: constant('rep=3+'),
  sp: constant('sp:'),
  sw: constant('sw='),
  sb: constant('sb='),
  first: constant('first='),
  last: constant('last='),
  len: constant('len='),
  cover: constant('cover='),
  L1: constant('L1='),
  pre4: constant('pre4='),
  suf4: constant('suf4='),
  L2: constant('L2='),
  R1: constant('R1='),
  R2: constant('R2='),
  allcaps: constant('allcaps'),
  quoteOpen: constant('quote-open'),
  repeats: constant('repeats='),
  sRateMax: constant('s:ratemax='),
  sRateHigh: constant('s:ratehigh='),
  spanRate: constant('srate='),
  docRate: constant('d:rate='),
  docHigh: constant('d:high='),
  cRateMax: constant('c:ratemax='),
  near: constant('near='),
};

export const RATE_BINS = Array.from({ length: 10 }, (_, k) => constant(String(k)));
export const UNK = constant('unk');
export const BOS = constant('<s>');
export const EOS = constant('</s>');
/** Index of a rate's bin: 0–9 in RATE_BINS, 10 for no rate (UNK); RATE_PARTS reads an index back as its part. */
export const UNK_INDEX = 10;
export const RATE_PARTS: readonly Part[] = [...RATE_BINS, UNK];
const rateIndex = (r: number | undefined): number => (r === undefined ? UNK_INDEX : Math.min(9, Math.floor(r * 10)));
const rateBin = (r: number | undefined): Part => RATE_PARTS[rateIndex(r)];

export const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'for', 'on', 'that', 'this', 'with', 'as', 'at', 'by', 'it', 'its', 'from', 'has', 'have', 'had', 'not', 'but', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'will', 'would', 'said', 'which', 'who']);

const LEN_BINS = ['1', '2', '3', '4-5', '6-10', '11-20', '21+'].map(constant);
export const bucketLen = (n: number): Part => LEN_BINS[n <= 3 ? Math.max(0, n - 1) : n <= 5 ? 3 : n <= 10 ? 4 : n <= 20 ? 5 : 6];
export const POS = { begin: constant('begin'), mid: constant('mid'), end: constant('end') };
const COVER = { all: constant('all'), most: constant('most'), part: constant('part'), little: constant('little') };
const REPEATS = ['0', '1', '2', '3+'].map(constant);

export function word(d: DocTokens, i: number, from: number, to: number): Part {
  return i < from ? BOS : i >= to ? EOS : d.toks[i].part;
}

/** What the token features read from the learned rates, computed once per document. */
export interface RateContext {
  /** The rate bin of every token, an index in RATE_PARTS (UNK_INDEX: no rate; read by its neighbours' features too). */
  bins: Uint8Array;
  /** Per sentence: the bin of its highest word rate, and how many of its words have a rate of 0.5 or more (0–3+). */
  sentenceMax: Part[];
  sentenceHigh: Part[];
  /** The document's mean word rate (bins of 0.025) and its share of words with a rate of 0.5 or more (bins of 1%). */
  docMean: Part;
  docHigh: Part;
  /** docMean's index in DOC_BINS. */
  docMeanIndex: number;
  /** Per token: the bin (index in RATE_BINS) of the highest word rate in its clause (the sentence cut at , ; : ( ) dashes and quotes). */
  clauseMax: Uint8Array;
  /** Per token: how far (in words, bucketed; an index in NEAR) the nearest word of rate 0.5 or more lies before and after it in its sentence. */
  nearLeft: Uint8Array;
  nearRight: Uint8Array;
}

/** Tokens that end a clause inside a sentence (the clause features here, the widening of spans in select.ts). */
export const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);
export const NEAR = ['1', '2', '3', '4-6', '7+', 'none'].map(constant);
const nearIndex = (distance: number): number => (distance <= 3 ? distance - 1 : distance <= 6 ? 3 : distance < Infinity ? 4 : 5);

export const DOC_BINS = Array.from({ length: 12 }, (_, k) => constant(String(k)));

/** The rate context of a document: each token's rate looked up once. */
export function rateBins(d: DocTokens, rates: Rates): RateContext {
  const n = d.toks.length;
  // Each distinct word looked up once (NaN: no rate), then read per token.
  // A loop, not Float64Array.from(words, fn): that walks the array through the iterator protocol, a call per word.
  const wordRates = new Float64Array(d.words.length);
  for (let k = 0; k < d.words.length; k++) wordRates[k] = rates.get(d.words[k]) ?? NaN;
  const values = new Float64Array(n);
  const bins = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = wordRates[d.toks[i].word];
    values[i] = r;
    bins[i] = r === r ? rateIndex(r) : UNK_INDEX;
  }
  const sentenceMax: Part[] = [];
  const sentenceHigh: Part[] = [];
  let sum = 0;
  let known = 0;
  let docHigh = 0;
  for (let i = 0; i < n; i++) {
    const r = values[i];
    if (r !== r) continue;
    sum += r;
    known++;
    if (r >= 0.5) docHigh++;
  }
  for (const s of d.sentences) {
    let max = 0;
    let high = 0;
    for (let i = s.from; i < s.to; i++) {
      const r = values[i];
      if (r !== r) continue;
      if (r > max) max = r;
      if (r >= 0.5) high++;
    }
    sentenceMax.push(rateBin(max));
    sentenceHigh.push(RATE_BINS[Math.min(3, high)]);
  }
  // Spans are phrases around loaded words, often cut at clause punctuation: the clause's highest rate and the
  // distance to the nearest loaded word on each side tell the linear tagger how far a span around such a word may
  // reach (+0.0013 out-of-fold SI F1). (NaN, no rate, compares false: as a rate of 0.)
  const clauseMax = new Uint8Array(n);
  const nearLeft = new Uint8Array(n);
  const nearRight = new Uint8Array(n);
  for (const s of d.sentences) {
    let from = s.from;
    for (let i = s.from; i <= s.to; i++) {
      // Clause breaks are single punctuation characters: the shape test spares words the set lookup.
      if (i < s.to && (d.toks[i].shape !== 'p' || !CLAUSE_BREAK.has(d.toks[i].lower))) continue;
      let max = 0;
      for (let k = from; k < i; k++) if (values[k] > max) max = values[k];
      const bin = rateIndex(max);
      // The break itself belongs to the clause it closes.
      for (let k = from; k <= i && k < s.to; k++) clauseMax[k] = bin;
      from = i + 1;
    }
    let last = -Infinity;
    for (let i = s.from; i < s.to; i++) {
      nearLeft[i] = nearIndex(i - last);
      if (d.toks[i].shape !== 'p' && values[i] >= 0.5) last = i;
    }
    last = Infinity;
    for (let i = s.to - 1; i >= s.from; i--) {
      nearRight[i] = nearIndex(last - i);
      if (d.toks[i].shape !== 'p' && values[i] >= 0.5) last = i;
    }
  }
  const mean = known ? sum / known : 0;
  const high = known ? docHigh / known : 0;
  const docMeanIndex = Math.min(11, Math.floor(mean * 40));
  return {
    bins,
    sentenceMax,
    sentenceHigh,
    docMean: DOC_BINS[docMeanIndex],
    docHigh: DOC_BINS[Math.min(11, Math.floor(high * 100))],
    docMeanIndex,
    clauseMax,
    nearLeft,
    nearRight,
  };
}

/**
 * Features of token i: itself, its neighbours, its sentence, the cues that cover it, repetition in the document.
 * `rates` is rateBins(d, rates).
 */
export function tokenFeatures(d: DocTokens, i: number, emit: Emit, rates: RateContext): void {
  const bins = rates.bins;
  const t = d.toks[i];
  const s = d.sentences[t.sentence];
  const w = t.lower;
  const p1 = word(d, i - 1, s.from, s.to), p2 = word(d, i - 2, s.from, s.to);
  const n1 = word(d, i + 1, s.from, s.to), n2 = word(d, i + 2, s.from, s.to);
  emit(T.bias);
  emit(T.w, t.part);
  emit(T.p1, p1);
  emit(T.n1, n1);
  emit(T.p2, p2);
  emit(T.n2, n2);
  emit(T.pw, p1, t.part);
  emit(T.wn, t.part, n1);
  emit(T.sh, t.shapePart);
  const r0 = RATE_PARTS[bins[i]];
  emit(T.rate, r0);
  emit(T.rate, r0, t.shapePart);
  emit(T.prate, i > s.from ? RATE_PARTS[bins[i - 1]] : BOS, r0);
  emit(T.nrate, r0, i + 1 < s.to ? RATE_PARTS[bins[i + 1]] : EOS);
  if (t.suffix) emit(T.suf, t.suffix);
  // Four-letter edges (unseen inflections share weights) and how loaded the rest of the sentence is (its highest
  // word rate, its count of high-rate words): +0.003 out-of-fold SI F1.
  if (t.edges) {
    emit(T.pre4, t.edges[0]);
    emit(T.suf4, t.edges[1]);
  }
  emit(T.sRateMax, rates.sentenceMax[t.sentence]);
  emit(T.sRateHigh, rates.sentenceHigh[t.sentence]);
  // How loaded the whole article is: the share of its spans varies widely between articles (+0.003).
  emit(T.docRate, rates.docMean);
  emit(T.docHigh, rates.docHigh);
  emit(T.docRate, rates.docMean, r0);
  emit(T.cRateMax, RATE_BINS[rates.clauseMax[i]]);
  emit(T.cRateMax, RATE_BINS[rates.clauseMax[i]], r0);
  emit(T.near, NEAR[rates.nearLeft[i]], NEAR[rates.nearRight[i]]);
  if (t.quoted) emit(T.quoted);
  if (s.question) emit(T.sQuestion);
  if (s.exclaim) emit(T.sExclaim);
  if (t.sentence === 0) emit(T.sFirst);
  emit(T.sLen, bucketLen(s.to - s.from));
  const rel = (i - s.from) / Math.max(1, s.to - s.from);
  emit(T.pos, rel < 0.2 ? POS.begin : rel > 0.8 ? POS.end : POS.mid);
  for (const c of d.cueParts[i]) emit(T.cue, c);
  for (const c of s.cueParts) emit(T.sCue, c);
  if (t.shape !== 'p' && !STOP.has(w) && w.length > 3) {
    const f = d.freq.get(w) ?? 0;
    if (f >= 3) emit(f >= 6 ? T.rep6 : T.rep3);
  }
}

/**
 * Features of the span of tokens [a, b): its words, edges, context, length, cues, quotes and repetition; with
 * `rates`, the rate bin of each of its words too (the span classifier: +0.006 TC accuracy in cross-validation).
 */
export function spanFeatures(d: DocTokens, a: number, b: number, emit: Emit, repeats: number, edges = true, rates?: RateContext): void {
  const first = d.toks[a];
  const s = d.sentences[first.sentence];
  emit(T.bias);
  let words = 0;
  let caps = 0;
  let quoted = 0;
  // Cue parts are the cached constants (tokens.ts), so a Set of parts dedupes them; made only when a cue occurs.
  let cues: Set<Part> | null = null;
  for (let i = a; i < b; i++) {
    const t = d.toks[i];
    if (t.shape === 'p') {
      if (t.lower === '?' || t.lower === '!' || t.lower === '#') emit(T.sp, t.part);
      continue;
    }
    words++;
    if (t.shape === 'A') caps++;
    if (t.quoted) quoted++;
    emit(T.sw, t.part);
    // Four-letter prefix and suffix (character n-grams at the word's edges): unseen inflections of seen words,
    // and morphology ("-ist", "-ism", "anti-") share weights; +1 point TC in cross-validation. Not for whole
    // sentences (edges = false): the sentence classifier reads every word of the text, and they doubled its time.
    if (edges && t.edges) {
      emit(T.pre4, t.edges[0]);
      emit(T.suf4, t.edges[1]);
    }
    if (i + 1 < b) emit(T.sb, t.part, d.toks[i + 1].part);
    if (rates) emit(T.spanRate, RATE_PARTS[rates.bins[i]]);
    const cueParts = d.cueParts[i];
    if (cueParts.length) for (const c of cueParts) (cues ??= new Set()).add(c);
  }
  emit(T.first, first.part);
  emit(T.last, d.toks[b - 1].part);
  emit(T.len, bucketLen(words));
  const cover = (b - a) / Math.max(1, s.to - s.from);
  emit(T.cover, cover > 0.9 ? COVER.all : cover > 0.5 ? COVER.most : cover > 0.2 ? COVER.part : COVER.little);
  emit(T.L1, word(d, a - 1, s.from, s.to));
  emit(T.L2, word(d, a - 2, s.from, s.to), word(d, a - 1, s.from, s.to));
  emit(T.R1, word(d, b, s.from, s.to));
  emit(T.R2, word(d, b, s.from, s.to), word(d, b + 1, s.from, s.to));
  if (cues) for (const c of cues) emit(T.cue, c);
  for (const c of s.cueParts) if (!cues?.has(c)) emit(T.sCue, c);
  if (s.question) emit(T.sQuestion);
  if (s.exclaim) emit(T.sExclaim);
  if (first.sentence === 0) emit(T.sFirst);
  if (caps && caps === words) emit(T.allcaps);
  if (quoted && quoted === words) emit(T.quoted);
  const before = a > 0 ? d.toks[a - 1].lower : '';
  if (before === '"' || before === '“' || before === "'" || before === '‘') emit(T.quoteOpen);
  emit(T.repeats, REPEATS[Math.min(3, repeats)]);
}

/** How often the span's word sequence occurs in the document (capped scan: bounded on any input). */
export function countRepeats(d: DocTokens, a: number, b: number, positions: Map<string, number[]>): number {
  const n = b - a;
  if (n > 12) return 1;
  const list = positions.get(d.toks[a].lower) ?? [];
  let count = 0;
  for (let k = 0; k < list.length && k < 400; k++) {
    const p = list[k];
    let ok = p + n <= d.toks.length;
    for (let j = 1; ok && j < n; j++) ok = d.toks[p + j].lower === d.toks[a + j].lower;
    if (ok) count++;
  }
  return Math.max(1, count);
}

/** Token positions of each lower-cased word (for countRepeats). */
export function positionsOf(d: DocTokens): Map<string, number[]> {
  const out = new Map<string, number[]>();
  d.toks.forEach((t, i) => {
    const list = out.get(t.lower);
    if (list) list.push(i);
    else out.set(t.lower, [i]);
  });
  return out;
}
