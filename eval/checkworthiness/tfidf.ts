// The reference row of every protocol: a plain TF-IDF logistic regression over lower-cased word unigrams (smoothed
// idf, l2-normalised rows, L2-regularised, no class weights), the baseline the issue measured at MAP 0.154 on the
// CLEF 2019 official test. Trained here on the same debates as our model in each fold, debate lines only.
import { tokenize } from '../../src/models/features/tokens.js';

export interface TfidfModel {
  score(text: string): number;
}

// Lower-cased tokens of each text seen: the eval trains a reference per fold on mostly the same lines (19 LODO folds
// over the same 18-debate pool), so each line is tokenised once.
const tokenCache = new Map<string, string[]>();

function lowerTokens(text: string): string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    tokens = tokenize(text).map((t) => t.lower);
    tokenCache.set(text, tokens);
  }
  return tokens;
}

export function trainTfidf(examples: readonly { text: string; label: 0 | 1 }[], epochs = 10): TfidfModel {
  const vocab = new Map<string, number>();
  const df: number[] = [];
  const docs = examples.map((e) => {
    const counts = new Map<number, number>();
    for (const lower of lowerTokens(e.text)) {
      let id = vocab.get(lower);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(lower, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id]++;
    return counts;
  });
  const n = examples.length;
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
  const vector = (counts: Map<number, number>) => {
    const entries = [...counts].map(([id, tf]) => [id, tf * idf[id]] as const);
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    return entries.map(([id, v]) => [id, v / norm] as const);
  };
  // Row k's (id, value) pairs at ids/values[offsets[k] .. offsets[k + 1]), in the order `vector` gives them: flat
  // arrays for the 10 epochs' loops, the same sums in the same order as over the pairs.
  const offsets = new Uint32Array(n + 1);
  const pairs = docs.map(vector);
  pairs.forEach((x, k) => (offsets[k + 1] = offsets[k] + x.length));
  const ids = new Uint32Array(offsets[n]);
  const values = new Float64Array(offsets[n]);
  pairs.forEach((x, k) => x.forEach(([id, v], j) => {
    ids[offsets[k] + j] = id;
    values[offsets[k] + j] = v;
  }));
  const labels = Float64Array.from(examples, (e) => e.label);
  const w = new Float64Array(vocab.size);
  const g2 = new Float64Array(vocab.size);
  let bias = 0;
  let biasG2 = 0;
  const l2 = 1 / n; // sklearn's C = 1 spread over the examples
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = 0; k < n; k++) {
      const start = offsets[k];
      const end = offsets[k + 1];
      let z = bias;
      for (let p = start; p < end; p++) z += w[ids[p]] * values[p];
      const g = 1 / (1 + Math.exp(-z)) - labels[k];
      for (let p = start; p < end; p++) {
        const i = ids[p];
        const gi = g * values[p] + l2 * w[i];
        g2[i] += gi * gi;
        w[i] -= (0.5 * gi) / Math.sqrt(g2[i] + 1e-8);
      }
      biasG2 += g * g;
      bias -= (0.5 * g) / Math.sqrt(biasG2 + 1e-8);
    }
  }
  return {
    score(text) {
      const counts = new Map<number, number>();
      for (const lower of lowerTokens(text)) {
        const id = vocab.get(lower);
        if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      let z = bias;
      for (const [i, v] of vector(counts)) z += w[i] * v;
      return 1 / (1 + Math.exp(-z));
    },
  };
}
