// Training for linear.ts: AdaGrad over hashed features, examples in a fixed seeded order (deterministic).
// Used by scripts/train-techniques.ts only.
import { mulberry32 } from '../../core/seeded-random.js';
import { softmax } from './linear.js';

export interface Example {
  buckets: Int32Array;
  label: number;
  weight?: number;
}

/** The seeded generator of the shuffles (src/core/seeded-random.ts), under the name the training scripts use. */
export const rng = mulberry32;

function shuffled(n: number, random: () => number): Uint32Array {
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface TrainOptions {
  bits: number;
  classes: number;
  epochs: number;
  rate: number;
  /** L2 penalty applied to the weights an example touches. */
  l2: number;
  seed: number;
}

/**
 * Softmax regression (classes ≥ 2) or logistic regression (classes = 1, label 0/1) by AdaGrad.
 * Returns the dense table: classes weights per bucket.
 */
export function train(examples: readonly Example[], o: TrainOptions): Float32Array {
  const c = o.classes;
  const table = new Float32Array((1 << o.bits) * c);
  const g2 = new Float32Array(table.length).fill(1e-6);
  const random = rng(o.seed);
  const z = new Float64Array(c);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const idx of shuffled(examples.length, random)) {
      const ex = examples[idx];
      z.fill(0);
      for (const b of ex.buckets) for (let k = 0; k < c; k++) z[k] += table[b * c + k];
      if (c === 1) z[0] = 1 / (1 + Math.exp(-z[0]));
      else softmax(z);
      const w = ex.weight ?? 1;
      for (let k = 0; k < c; k++) {
        const target = c === 1 ? ex.label : ex.label === k ? 1 : 0;
        const grad = (z[k] - target) * w;
        for (const b of ex.buckets) {
          const i = b * c + k;
          const g = grad + o.l2 * table[i];
          g2[i] += g * g;
          table[i] -= (o.rate * g) / Math.sqrt(g2[i]);
        }
      }
    }
  }
  return table;
}
