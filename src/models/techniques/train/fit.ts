// Trains the three linear models of the techniques model from prepared PTC articles.
import { collector, countRepeats, positionsOf, spanFeatures, tokenFeatures, type Emit } from '../features.js';
import { fromTable, toSparse, type LinearModel, type SparseWeights } from '../linear.js';
import { TECHNIQUES } from '../ptc.js';
import { hashFeatures, train, type Example } from '../learn.js';
import type { Prepared } from './corpus.js';
import { computeRates, crossFittedRates } from './rates.js';

export const CONFIG = {
  tagger: { bits: 20, epochs: 2, rate: 0.1, l2: 1e-6, keep: 120_000 },
  classifier: { bits: 18, epochs: 15, rate: 0.05, l2: 1e-6, keep: 60_000 },
  sentence: { bits: 18, epochs: 6, rate: 0.1, l2: 1e-6, keep: 40_000 },
  seed: 20201125,
};

export interface Fitted {
  tagger: SparseWeights;
  classifier: SparseWeights;
  sentence: SparseWeights;
  rates: Map<string, number>;
  models: { tagger: LinearModel; classifier: LinearModel; sentence: LinearModel };
}

const collect = (fill: (emit: Emit) => void): string[] => {
  const out: string[] = [];
  fill(collector(out));
  return out;
};

export function fit(corpus: readonly Prepared[], log: (line: string) => void): Fitted {
  const tokenEx: Example[] = [];
  const spanEx: Example[] = [];
  const sentEx: Example[] = [];
  const folded = crossFittedRates(corpus, 4);
  corpus.forEach((p, n) => {
    const { d } = p;
    for (let i = 0; i < d.toks.length; i++) tokenEx.push({ buckets: hashFeatures(collect((e) => tokenFeatures(d, i, e, folded[n])), CONFIG.tagger.bits), label: p.inside[i] });
    const positions = positionsOf(d);
    for (const s of p.spans) {
      const features = collect((e) => spanFeatures(d, s.a, s.b, e, countRepeats(d, s.a, s.b, positions)));
      spanEx.push({ buckets: hashFeatures(features, CONFIG.classifier.bits), label: s.cls });
    }
    d.sentences.forEach((s, k) => {
      let b = s.to;
      while (b > s.from && d.toks[b - 1].shape === 'p') b--;
      if (b - s.from < 4) return;
      sentEx.push({ buckets: hashFeatures(collect((e) => spanFeatures(d, s.from, b, e, 1)), CONFIG.sentence.bits), label: p.sentenceLabels[k] });
    });
  });
  log(`examples: ${tokenEx.length} tokens, ${spanEx.length} spans, ${sentEx.length} sentences`);
  const t = CONFIG.tagger;
  const tagger = toSparse(train(tokenEx, { ...t, classes: 1, seed: CONFIG.seed }), t.bits, ['inside'], t.keep);
  const c = CONFIG.classifier;
  const classifier = toSparse(train(spanEx, { ...c, classes: TECHNIQUES.length, seed: CONFIG.seed + 1 }), c.bits, [...TECHNIQUES], c.keep);
  const s = CONFIG.sentence;
  const sentence = toSparse(train(sentEx, { ...s, classes: TECHNIQUES.length + 1, seed: CONFIG.seed + 2 }), s.bits, ['none', ...TECHNIQUES], s.keep);
  const dense = (w: SparseWeights): LinearModel => {
    const table = new Float32Array((1 << w.bits) * w.classes.length);
    let index = 0;
    w.indices.forEach((delta, i) => (table[(index += delta)] = w.weights[i]));
    return fromTable(table, w.bits, w.classes);
  };
  return { tagger, classifier, sentence, rates: computeRates(corpus), models: { tagger: dense(tagger), classifier: dense(classifier), sentence: dense(sentence) } };
}
