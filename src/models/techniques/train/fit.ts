// Trains the three linear models of the techniques model from prepared PTC articles.
import { bucketer, countRepeats, positionsOf, rateBins, spanFeatures, tokenFeatures, type Emit } from '../features.js';
import { fromStored, toDense, type LinearModel, type StoredWeights } from '../linear.js';
import { TECHNIQUES } from '../ptc.js';
import { MIN_SENTENCE_TOKENS, sentenceBounds } from '../select.js';
import { train, type Example } from '../learn.js';
import type { Prepared } from './corpus.js';
import { computeRates, crossFittedRates } from './rates.js';
import { tokenWeights } from './weights.js';

export const CONFIG = {
  // Every weight kept (int8): +0.02 out-of-fold SI F1 against 2^20 buckets pruned to 120k weights, and a table
  // of 256 KB instead of 4 MB, which the tagger reads 25 times a token.
  // Tokens weighted by 1/length of their gold span (weights.ts): +0.03 out-of-fold SI F1. Averaging 3 shuffles
  // gave no measurable gain (0.357 out-of-fold SI F1 with and without), nor did 3 epochs, so one shuffle of 2.
  tagger: { bits: 18, epochs: 2, rate: 0.1, l2: 1e-6, shuffles: 1, power: 1 },
  // Four shuffles averaged (one linear model: the mean of their weights), every weight kept: +4 points TC on
  // 4-fold cross-validation over train+tune against one shuffle pruned to 60k weights; 8 instead of 4: +0.002.
  classifier: { bits: 16, epochs: 10, rate: 0.05, l2: 1e-6, shuffles: 8 },
  sentence: { bits: 16, epochs: 6, rate: 0.1, l2: 1e-6 },
  seed: 20201125,
};

export interface Fitted {
  tagger: StoredWeights;
  classifier: StoredWeights;
  sentence: StoredWeights;
  rates: Map<string, number>;
  models: { tagger: LinearModel; classifier: LinearModel; sentence: LinearModel };
}

export const buckets = (bits: number, fill: (emit: Emit) => void): Int32Array => {
  const out: number[] = [];
  fill(bucketer(out, bits));
  return Int32Array.from(out);
};

/** The mean of the weights of `n` models trained on different shuffles (still one linear model). */
function averaged(n: number, trainOne: (r: number) => Float32Array): Float32Array {
  const sum = trainOne(0);
  for (let r = 1; r < n; r++) {
    const next = trainOne(r);
    for (let j = 0; j < sum.length; j++) sum[j] += next[j];
  }
  for (let j = 0; n > 1 && j < sum.length; j++) sum[j] /= n;
  return sum;
}

export function fit(corpus: readonly Prepared[], log: (line: string) => void): Fitted {
  const tokenEx: Example[] = [];
  const spanEx: Example[] = [];
  const sentEx: Example[] = [];
  const folded = crossFittedRates(corpus, 4);
  const weights = tokenWeights(corpus, CONFIG.tagger.power);
  corpus.forEach((p, n) => {
    const { d } = p;
    const rates = rateBins(d, folded[n]);
    for (let i = 0; i < d.toks.length; i++) tokenEx.push({ buckets: buckets(CONFIG.tagger.bits, (e) => tokenFeatures(d, i, e, rates)), label: p.inside[i], weight: weights[n][i] });
    const positions = positionsOf(d);
    for (const s of p.spans) {
      const repeats = countRepeats(d, s.a, s.b, positions);
      spanEx.push({ buckets: buckets(CONFIG.classifier.bits, (e) => spanFeatures(d, s.a, s.b, e, repeats, true, rates)), label: s.cls });
    }
    d.sentences.forEach((_, k) => {
      const [from, to] = sentenceBounds(d, k);
      if (to - from < MIN_SENTENCE_TOKENS) return;
      sentEx.push({ buckets: buckets(CONFIG.sentence.bits, (e) => spanFeatures(d, from, to, e, 1, false)), label: p.sentenceLabels[k] });
    });
  });
  log(`examples: ${tokenEx.length} tokens, ${spanEx.length} spans, ${sentEx.length} sentences`);
  const t = CONFIG.tagger;
  const tagger = toDense(averaged(t.shuffles, (r) => train(tokenEx, { ...t, classes: 1, seed: CONFIG.seed + 17 * r })), t.bits, ['inside']);
  const c = CONFIG.classifier;
  const classifier = toDense(averaged(c.shuffles, (r) => train(spanEx, { ...c, classes: TECHNIQUES.length, seed: r ? CONFIG.seed + 10 + r : CONFIG.seed + 1 })), c.bits, [...TECHNIQUES]);
  const s = CONFIG.sentence;
  const sentence = toDense(train(sentEx, { ...s, classes: TECHNIQUES.length + 1, seed: CONFIG.seed + 2 }), s.bits, ['none', ...TECHNIQUES]);
  return { tagger, classifier, sentence, rates: computeRates(corpus), models: { tagger: fromStored(tagger), classifier: fromStored(classifier), sentence: fromStored(sentence) } };
}
