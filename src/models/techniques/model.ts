// The techniques model at run time: a token tagger finds spans, a span classifier names their technique, and a
// sentence classifier marks whole sentences for the clause-long techniques (Doubt, Causal_Oversimplification, …).
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import type { CueIndex } from './cues.js';
import { decodeRuns } from './decode.js';
import { collector, countRepeats, FEATURE_VERSION, positionsOf, spanFeatures, tokenFeatures, type Emit } from './features.js';
import { fromSparse, partsHash, sigmoid, softmax, type LinearModel, type SparseWeights } from './linear.js';
import { explain } from './explain.js';
import type { DocTokens } from './tokens.js';

export interface TechniquesModelFile {
  name: 'techniques';
  featureVersion: number;
  trained: Record<string, string | number>;
  tagger: SparseWeights;
  classifier: SparseWeights;
  sentence: SparseWeights;
  thresholds: { token: number; sentence: Record<string, number> };
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
  predict(d: DocTokens, cues: CueIndex): Prediction[];
}

export const MODEL_FILE = new URL('./data/model.json', import.meta.url);

export function createTechniquesModel(file: TechniquesModelFile): TechniquesModel {
  const tagger = fromSparse(file.tagger);
  const classifier = fromSparse(file.classifier);
  const sentence = fromSparse(file.sentence);
  const rates = new Map(Object.entries(file.rates));
  const collect = (fill: (emit: Emit) => void): string[] => {
    const out: string[] = [];
    fill(collector(out));
    return out;
  };
  // The tagger runs on every token: features are hashed from their parts and summed, no strings built.
  const taggerTable = tagger.table;
  const taggerMask = (1 << tagger.bits) - 1;
  let z = 0;
  const addWeight: Emit = (prefix, a, b, c) => void (z += taggerTable[partsHash(prefix, a, b, c) & taggerMask]);
  const tokenProbs = (d: DocTokens): Float64Array => {
    const probs = new Float64Array(d.toks.length);
    for (let i = 0; i < d.toks.length; i++) {
      z = 0;
      tokenFeatures(d, i, addWeight, rates);
      probs[i] = sigmoid(z);
    }
    return probs;
  };
  // Span and sentence classifiers: raw scores summed from hashed parts; feature strings are built only to explain.
  const scorer = (model: LinearModel) => {
    const c = model.classes.length;
    const mask = (1 << model.bits) - 1;
    const z = new Float64Array(c);
    const add: Emit = (prefix, a, b, x) => {
      const base = (partsHash(prefix, a, b, x) & mask) * c;
      for (let k = 0; k < c; k++) z[k] += model.table[base + k];
    };
    return (fill: (emit: Emit) => void): Float64Array => {
      z.fill(0);
      fill(add);
      return softmax(Float64Array.from(z));
    };
  };
  const scoreSpan = scorer(classifier);
  const scoreSentence = scorer(sentence);
  const argmax = (p: Float64Array, skip: number): number => {
    let cls = skip === 0 ? 1 : 0;
    for (let k = 0; k < p.length; k++) if (k !== skip && p[k] > p[cls]) cls = k;
    return cls;
  };
  const spanFill = (d: DocTokens, a: number, b: number, positions: Map<string, number[]>) => {
    const repeats = countRepeats(d, a, b, positions);
    return (emit: Emit): void => spanFeatures(d, a, b, emit, repeats);
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
    predict(d, cues) {
      const out: Prediction[] = [];
      const positions = positionsOf(d);
      const probs = tokenProbs(d);
      for (const run of decodeRuns(d, probs, file.thresholds.token)) {
        const c = classify(d, run.a, run.b, positions);
        out.push({
          start: d.toks[run.a].start,
          end: d.toks[run.b - 1].end,
          technique: c.technique,
          score: round(run.mean * c.prob),
          explanation: explain(d, cues, classifier, c.cls, collect(spanFill(d, run.a, run.b, positions)), run.a, run.b, `span p=${run.mean.toFixed(2)}, ${c.technique} p=${c.prob.toFixed(2)}`),
        });
      }
      for (const s of d.sentences) {
        let b = s.to;
        while (b > s.from && d.toks[b - 1].shape === 'p') b--;
        if (b - s.from < 4) continue;
        const fill = (emit: Emit): void => spanFeatures(d, s.from, b, emit, 1);
        const p = scoreSentence(fill);
        const cls = argmax(p, 0);
        const prob = p[cls];
        const technique = sentence.classes[cls];
        const threshold = file.thresholds.sentence[technique];
        if (threshold === undefined || prob < threshold) continue;
        out.push({
          start: d.toks[s.from].start,
          end: d.toks[b - 1].end,
          technique,
          score: round(prob),
          explanation: explain(d, cues, sentence, cls, collect(fill), s.from, b, `sentence, ${technique} p=${prob.toFixed(2)}`),
        });
      }
      return out.sort((x, y) => x.start - y.start || x.end - y.end);
    },
  };
}

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
  const weightsOk = (w: SparseWeights | undefined): boolean => !!w && Number.isInteger(w.bits) && w.bits > 0 && w.bits <= 22
    && Array.isArray(w.classes) && w.classes.length > 0 && Array.isArray(w.indices) && Array.isArray(w.weights) && w.indices.length === w.weights.length;
  if (!file || file.name !== 'techniques' || !weightsOk(file.tagger) || !weightsOk(file.classifier) || !weightsOk(file.sentence)
    || typeof file.thresholds?.token !== 'number' || typeof file.thresholds.sentence !== 'object' || typeof file.rates !== 'object' || !file.rates) {
    return fail('not a techniques model (name, tagger, classifier, sentence, thresholds)');
  }
  if (file.featureVersion !== FEATURE_VERSION) fail(`features v${file.featureVersion}, code v${FEATURE_VERSION}`);
  try {
    return createTechniquesModel(file);
  } catch (error) {
    return fail((error as Error).message, error);
  }
}
