// Logistic regression with L2, by full-batch gradient descent on standardised features: small, exact to reproduce,
// and enough to weigh a dozen re-ranking features.

export interface LinearModel {
  mean: number[];
  std: number[];
  weights: number[];
  bias: number;
}

export interface LearnOptions {
  l2?: number;
  epochs?: number;
  rate?: number;
  /** Weight of each positive example (positives are rare among candidates). */
  positiveWeight?: number;
}

export function trainLogistic(x: number[][], y: number[], options: LearnOptions = {}): LinearModel {
  const l2 = options.l2 ?? 1e-3;
  const epochs = options.epochs ?? 400;
  const rate = options.rate ?? 0.5;
  const pw = options.positiveWeight ?? 1;
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j], 0) / Math.max(1, n));
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / Math.max(1, n)) || 1);
  const z = x.map((r) => r.map((v, j) => (v - mean[j]) / std[j]));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = y.reduce((s, v) => s + (v ? pw : 1), 0);
  for (let e = 0; e < epochs; e++) {
    const g = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const weight = y[i] ? pw : 1;
      const err = (sigmoid(dot(w, z[i]) + b) - y[i]) * weight;
      for (let j = 0; j < d; j++) g[j] += err * z[i][j];
      gb += err;
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (g[j] / total + l2 * w[j]);
    b -= (rate * gb) / total;
  }
  return { mean, std, weights: w, bias: b };
}

export function predict(m: LinearModel, features: number[]): number {
  let s = m.bias;
  for (let j = 0; j < m.weights.length; j++) s += (m.weights[j] * (features[j] - m.mean[j])) / m.std[j];
  return sigmoid(s);
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function sigmoid(v: number): number {
  return 1 / (1 + Math.exp(-v));
}

/** One query's candidates: feature vectors and which of them are relevant. */
export interface Group {
  x: number[][];
  relevant: boolean[];
}

/**
 * A listwise linear ranker: per query, the softmax over its candidates' scores should put its mass on the relevant
 * ones (cross-entropy, as in ListNet with one-hot targets). Queries with no relevant candidate teach nothing.
 */
export function trainListwise(groups: Group[], options: LearnOptions = {}): LinearModel {
  const l2 = options.l2 ?? 1e-3;
  const epochs = options.epochs ?? 300;
  const rate = options.rate ?? 0.5;
  const all = groups.flatMap((g) => g.x);
  const d = all[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => all.reduce((s, r) => s + r[j], 0) / Math.max(1, all.length));
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(all.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / Math.max(1, all.length)) || 1);
  const used = groups.filter((g) => g.relevant.some(Boolean)).map((g) => ({ z: g.x.map((r) => r.map((v, j) => (v - mean[j]) / std[j])), relevant: g.relevant }));
  const w = new Array<number>(d).fill(0);
  for (let e = 0; e < epochs; e++) {
    const grad = new Array<number>(d).fill(0);
    for (const g of used) {
      const s = g.z.map((r) => dot(w, r));
      const max = Math.max(...s);
      const exp = s.map((v) => Math.exp(v - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      const targets = g.relevant.filter(Boolean).length;
      g.z.forEach((r, i) => {
        const diff = exp[i] / sum - (g.relevant[i] ? 1 / targets : 0);
        for (let j = 0; j < d; j++) grad[j] += diff * r[j];
      });
    }
    for (let j = 0; j < d; j++) w[j] -= rate * (grad[j] / Math.max(1, used.length) + l2 * w[j]);
  }
  return { mean, std, weights: w, bias: 0 };
}
