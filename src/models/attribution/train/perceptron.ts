// Averaged structured perceptron (Collins 2002) for the BIO tagger: decode each article with the current weights,
// move weights from the predicted to the gold tags where they differ, average over all steps.
import { emissions, T, viterbi, type Weights } from '../tagger.js';
import { mulberry32 } from '../../../core/seeded-random.js';

export interface TrainItem {
  /** Featurised tokens (K per token). */
  feats: Uint32Array;
  gold: Uint8Array;
}

export interface PerceptronConfig {
  bits: number;
  /** Features per token. */
  k: number;
  epochs: number;
  seed: number;
}

export function trainPerceptron(items: TrainItem[], config: PerceptronConfig, log: (line: string) => void = () => {}): Weights {
  const size = (1 << config.bits) * T;
  const mask = (1 << config.bits) - 1;
  const w: Weights = { bits: config.bits, emit: new Float32Array(size), trans: new Float32Array(T * T), start: new Float32Array(T) };
  // Sums of (step × update) for averaging: final = w − acc / step.
  const accEmit = new Float64Array(size);
  const accTrans = new Float64Array(T * T);
  const accStart = new Float64Array(T);
  const random = mulberry32(config.seed);
  const order = items.map((_, i) => i);
  let step = 1;
  let scores = new Float64Array(0);
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let total = 0;
    for (const index of order) {
      const { feats, gold } = items[index];
      const n = gold.length;
      if (scores.length < n * T) scores = new Float64Array(n * T * 2);
      const pred = viterbi(w, emissions(w, feats, n, scores, config.k), n);
      total += n;
      for (let t = 0; t < n; t++) {
        const g = gold[t];
        const p = pred[t];
        if (g !== p) {
          wrong++;
          for (let k = 0; k < config.k; k++) {
            const base = (feats[t * config.k + k] & mask) * T;
            w.emit[base + g] += 1;
            w.emit[base + p] -= 1;
            accEmit[base + g] += step;
            accEmit[base + p] -= step;
          }
        }
        const gp = t > 0 ? gold[t - 1] : -1;
        const pp = t > 0 ? pred[t - 1] : -1;
        if (gp !== pp || g !== p) {
          if (t === 0) {
            w.start[g] += 1;
            w.start[p] -= 1;
            accStart[g] += step;
            accStart[p] -= step;
          } else {
            w.trans[gp * T + g] += 1;
            w.trans[pp * T + p] -= 1;
            accTrans[gp * T + g] += step;
            accTrans[pp * T + p] -= step;
          }
        }
      }
      step++;
    }
    log(`epoch ${epoch + 1}: ${(100 * (1 - wrong / total)).toFixed(2)}% tokens right while training`);
  }
  const avg = (x: Float32Array, acc: Float64Array): void => {
    for (let i = 0; i < x.length; i++) x[i] = x[i] - acc[i] / step;
  };
  avg(w.emit, accEmit);
  avg(w.trans, accTrans);
  avg(w.start, accStart);
  return w;
}
