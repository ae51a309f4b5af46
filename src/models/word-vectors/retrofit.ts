// Retrofitting (Faruqui et al., NAACL 2015): each vector is pulled towards the vectors of the words a lexicon calls
// the same, while staying near its corpus vector — q_i ← (q̂_i + Σ_j q_j / deg_i) / 2 over the lexicon neighbours j.
// Corpus vectors relate topics (sanction ~ Iran); the lexicon adds synonymy (create ~ found ~ establish).

/** Retrofits `rows` (n × dim, row-major) in place along undirected `edges`; rows are unit-normalised first. */
export function retrofit(rows: Float64Array, dim: number, edges: readonly [number, number][], iterations: number): void {
  const n = rows.length / dim;
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += rows[i * dim + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) rows[i * dim + d] /= norm;
  }
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    if (a === b) continue;
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  const original = Float64Array.from(rows);
  const sum = new Float64Array(dim);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      const list = neighbours[i];
      if (!list.length) continue;
      sum.fill(0);
      for (const j of list) for (let d = 0; d < dim; d++) sum[d] += rows[j * dim + d];
      // α = 1 for the corpus vector, β = 1/deg for each neighbour: the lexicon weighs as much as the corpus.
      for (let d = 0; d < dim; d++) rows[i * dim + d] = (original[i * dim + d] + sum[d] / list.length) / 2;
    }
  }
}
