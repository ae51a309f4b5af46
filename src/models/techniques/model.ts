// The techniques model at run time: a token tagger finds spans, a span classifier names their technique, and a
// sentence classifier marks whole sentences for the clause-long techniques (Doubt, Causal_Oversimplification, …).
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import type { CueIndex } from './cues.js';
import { countRepeats, FEATURE_VERSION, positionsOf, rateBins, recorder, spanFeatures, tokenFeatures, type Emit, type RateContext, type Recorded } from './features.js';
import { fromStored, isDense, sigmoid, softmax, type LinearModel, type StoredWeights } from './linear.js';
import { featureHash } from './parts.js';
import { explain } from './explain.js';
import { createTokenScorer } from './token-scorer.js';
import { MIN_SENTENCE_TOKENS, selectSpans, sentenceBounds, type SelectParams } from './select.js';
import type { DocTokens } from './tokens.js';

export interface TechniquesModelFile {
  name: 'techniques';
  featureVersion: number;
  trained: Record<string, string | number>;
  tagger: StoredWeights;
  classifier: StoredWeights;
  sentence: StoredWeights;
  thresholds: SelectParams;
  /** Learned word rates (share of a word's training occurrences inside a span). */
  rates: Record<string, number>;
}

export interface Prediction {
  start: number;
  end: number;
  technique: string;
  score: number;
  explanation: string;
}

export interface Classified {
  technique: string;
  prob: number;
  cls: number;
  /** Probability of each technique, in classifier.classes order. */
  probs: Float64Array;
}

export interface TechniquesModel {
  readonly file: TechniquesModelFile;
  tokenProbs(d: DocTokens): Float64Array;
  /** The technique of tokens [a, b) among the 14 (the TC task). */
  classify(d: DocTokens, a: number, b: number, positions: Map<string, number[]>): Classified;
  /** The sentence classifier's distribution (none + techniques) per sentence; null for one too short. */
  sentenceProbs(d: DocTokens): Array<Float64Array | null>;
  predict(d: DocTokens, cues: CueIndex): Prediction[];
}

export const MODEL_FILE = new URL('./data/model.json', import.meta.url);

export function createTechniquesModel(file: TechniquesModelFile): TechniquesModel {
  const tagger = fromStored(file.tagger);
  const classifier = fromStored(file.classifier);
  const sentence = fromStored(file.sentence);
  const rates = new Map(Object.entries(file.rates));
  // The rate context of a document, computed once: the tagger and the span classifier (called per span) read it.
  const rateCache = new WeakMap<DocTokens, RateContext>();
  const ratesOf = (d: DocTokens): RateContext => {
    let r = rateCache.get(d);
    if (!r) rateCache.set(d, (r = rateBins(d, rates)));
    return r;
  };
  const record = (bits: number, fill: (emit: Emit) => void): Recorded => {
    const r = recorder(bits);
    fill(r.emit);
    return r.recorded;
  };
  // The tagger runs on every token: features are hashed from their parts' hashes and summed, no strings built.
  // Dense models are read as their bytes (a quarter of the memory: the random row reads stay in cache), each byte
  // mapped to its weight by a 256-entry table (the same value as the float table holds).
  // A local binding: under tsx (CommonJS output) an imported function is read through a getter at every call.
  const hash = featureHash;
  const taggerMask = (1 << tagger.bits) - 1;
  const sum = new Float64Array(1);
  const taggerBytes = tagger.bytes;
  const taggerWeights = tagger.weights;
  const taggerTable = tagger.table;
  const addWeight: Emit = taggerBytes && taggerWeights
    ? (t, a, b, c) => void (sum[0] += taggerWeights[taggerBytes[hash(t, a, b, c) & taggerMask]])
    : (t, a, b, c) => void (sum[0] += taggerTable[hash(t, a, b, c) & taggerMask]);
  // Dense weights: the same sums with the per-sentence and per-bin features summed once (token-scorer.ts).
  const scoreTokens = taggerBytes && taggerWeights
    ? createTokenScorer((t, a, b, c) => taggerWeights[taggerBytes[hash(t, a, b, c) & taggerMask]])
    : null;
  const tokenProbs = (d: DocTokens): Float64Array => {
    const context = ratesOf(d);
    if (scoreTokens) return scoreTokens(d, context).map(sigmoid);
    const probs = new Float64Array(d.toks.length);
    for (let i = 0; i < d.toks.length; i++) {
      sum[0] = 0;
      tokenFeatures(d, i, addWeight, context);
      probs[i] = sigmoid(sum[0]);
    }
    return probs;
  };
  // Span and sentence classifiers: raw scores summed from hashed parts; feature strings are built only to explain.
  const scorer = (model: LinearModel) => {
    const c = model.classes.length;
    const mask = (1 << model.bits) - 1;
    const z = new Float64Array(c);
    const table = model.table;
    const bytes = model.bytes;
    const weights = model.weights;
    const add: Emit = bytes && weights
      ? (t, a, b, x) => {
        const base = (hash(t, a, b, x) & mask) * c;
        for (let k = 0; k < c; k++) z[k] += weights[bytes[base + k]];
      }
      : (t, a, b, x) => {
        const base = (hash(t, a, b, x) & mask) * c;
        for (let k = 0; k < c; k++) z[k] += table[base + k];
      };
    return (fill: (emit: Emit) => void): Float64Array => {
      z.fill(0);
      fill(add);
      return softmax(Float64Array.from(z));
    };
  };
  const scoreSpan = scorer(classifier);
  const scoreSentence = scorer(sentence);
  const sentenceProbs = (d: DocTokens): Array<Float64Array | null> => d.sentences.map((_, k) => {
    const [a, b] = sentenceBounds(d, k);
    return b - a < MIN_SENTENCE_TOKENS ? null : scoreSentence((emit) => spanFeatures(d, a, b, emit, 1, false));
  });
  const argmax = (p: Float64Array, skip: number): number => {
    let cls = skip === 0 ? 1 : 0;
    for (let k = 0; k < p.length; k++) if (k !== skip && p[k] > p[cls]) cls = k;
    return cls;
  };
  const spanFill = (d: DocTokens, a: number, b: number, positions: Map<string, number[]>) => {
    const repeats = countRepeats(d, a, b, positions);
    const context = ratesOf(d);
    return (emit: Emit): void => spanFeatures(d, a, b, emit, repeats, true, context);
  };
  const classify = (d: DocTokens, a: number, b: number, positions: Map<string, number[]>): Classified => {
    const probs = scoreSpan(spanFill(d, a, b, positions));
    const cls = argmax(probs, -1);
    return { technique: classifier.classes[cls], prob: probs[cls], cls, probs };
  };
  return {
    file,
    tokenProbs,
    classify,
    sentenceProbs,
    predict(d, cues) {
      const out: Prediction[] = [];
      // Word positions only for the repeat counts of the runs classified (most documents have few).
      let positionsMemo: Map<string, number[]> | null = null;
      const positions = (): Map<string, number[]> => (positionsMemo ??= positionsOf(d));
      const probs = tokenProbs(d);
      // Runs are classified once: the technique decides whether a run is widened (select.ts) and is the one reported.
      const classified = new Map<number, Classified>();
      const classifyRun = (a: number, b: number): Classified => {
        const key = a * 1_000_003 + b;
        let k = classified.get(key);
        if (!k) classified.set(key, (k = classify(d, a, b, positions())));
        return k;
      };
      for (const c of selectSpans(d, probs, sentenceProbs(d), sentence.classes, file.thresholds, (a, b) => classifyRun(a, b).technique)) {
        const [start, end] = [d.toks[c.a].start, d.toks[c.b - 1].end];
        if (c.kind !== 'sentence') {
          const [a, b] = c.core ?? [c.a, c.b];
          const k = classifyRun(a, b);
          const what = c.kind === 'run' ? 'span' : c.kind === 'exclaim' ? 'exclamation, highest token' : 'question, highest token';
          const widened = c.core ? `; widened to its ${file.thresholds.widen?.[k.technique]} (${k.technique} spans are often that long)` : '';
          const head = `${what} p=${c.prob.toFixed(2)}, ${k.technique} p=${k.prob.toFixed(2)}${widened}`;
          const explanation = explain(d, cues, classifier, k.cls, record(classifier.bits, spanFill(d, a, b, positions())), a, b, head);
          out.push({ start, end, technique: k.technique, score: round(c.prob * k.prob), explanation });
        } else {
          const technique = sentence.classes[c.cls];
          const fill = (emit: Emit): void => spanFeatures(d, c.a, c.b, emit, 1, false);
          const explanation = explain(d, cues, sentence, c.cls, record(sentence.bits, fill), c.a, c.b, `sentence, ${technique} p=${c.prob.toFixed(2)}`);
          out.push({ start, end, technique, score: round(c.prob), explanation });
        }
      }
      return out.sort((x, y) => x.start - y.start || x.end - y.end);
    },
  };
}

/** Settings added later (issue 13) are optional: a file without them selects as before. */
const optional = (value: unknown, type: 'object' | 'number'): boolean => value === undefined || (typeof value === type && value !== null);

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Reads and checks a model file; a missing or corrupt one is a KNOWLEDGE_INVALID error that says how to retrain. */
export function loadTechniquesModel(path: string | URL = MODEL_FILE): TechniquesModel {
  const name = typeof path === 'string' ? path : path.pathname;
  const fail = (detail: string, cause?: unknown): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: name, detail: `${detail}; retrain with npm run train -- techniques` }, { cause });
  };
  let file: TechniquesModelFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as TechniquesModelFile;
  } catch (error) {
    return fail((error as Error).message, error);
  }
  const weightsOk = (w: StoredWeights | undefined): boolean => !!w && Number.isInteger(w.bits) && w.bits > 0 && w.bits <= 22
    && Array.isArray(w.classes) && w.classes.length > 0
    && (isDense(w) ? typeof w.int8 === 'string' && w.scale > 0 : Array.isArray(w.indices) && Array.isArray(w.weights) && w.indices.length === w.weights.length);
  if (!file || file.name !== 'techniques' || !weightsOk(file.tagger) || !weightsOk(file.classifier) || !weightsOk(file.sentence)
    || typeof file.thresholds?.token !== 'number' || typeof file.thresholds.enter !== 'number' || typeof file.thresholds.minWords !== 'number' || typeof file.thresholds.gate !== 'number' || typeof file.thresholds.sentence !== 'number' || typeof file.thresholds.sentenceToken !== 'number'
    || typeof file.thresholds.perTechnique !== 'object' || typeof file.rates !== 'object' || !file.rates
    || !optional(file.thresholds.widen, 'object') || !optional(file.thresholds.exclaim, 'number') || !optional(file.thresholds.question, 'number')) {
    return fail('not a techniques model (name, tagger, classifier, sentence, thresholds)');
  }
  if (file.featureVersion !== FEATURE_VERSION) fail(`features v${file.featureVersion}, code v${FEATURE_VERSION}`);
  try {
    return createTechniquesModel(file);
  } catch (error) {
    return fail((error as Error).message, error);
  }
}
