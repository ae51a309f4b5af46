// Distributional word vectors from a token stream: co-occurrence counts in a ±window (weighted 1/distance), positive
// pointwise mutual information with the context distribution smoothed (α = 0.75; Levy, Goldberg & Dagan 2015), then
// a randomized truncated SVD (Halko, Martinsson & Tropp 2011) of the sparse symmetric PPMI matrix. Plain TS, seeded:
// the same corpus gives the same vectors on every machine.
import { mulberry32 } from '../../core/seeded-random.js';

/** A sparse symmetric matrix in compressed rows. */
export interface Sparse {
  n: number;
  rowStart: Int32Array;
  col: Int32Array;
  value: Float32Array;
}

/**
 * Windowed co-occurrence of vocabulary ids (−1 = out of vocabulary, skipped but still occupying its position, so a
 * rare word does not pull its neighbours closer). Sentences are separate arrays: no window crosses them.
 */
export function cooccurrences(sentences: Iterable<Int32Array>, n: number, window: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const a = s[i];
      if (a < 0) continue;
      for (let d = 1; d <= window && i + d < s.length; d++) {
        const b = s[i + d];
        if (b < 0 || b === a) continue;
        const w = 1 / d;
        const k1 = a * n + b;
        const k2 = b * n + a;
        counts.set(k1, (counts.get(k1) ?? 0) + w);
        counts.set(k2, (counts.get(k2) ?? 0) + w);
      }
    }
  }
  return counts;
}

/** PPMI of symmetric co-occurrence counts, context probabilities smoothed by `alpha`; entries ≤ 0 dropped. */
export function ppmi(counts: Map<number, number>, n: number, alpha = 0.75): Sparse {
  const row = new Float64Array(n);
  for (const [k, c] of counts) row[Math.floor(k / n)] += c;
  let total = 0;
  let smoothed = 0;
  const ctx = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    total += row[i];
    ctx[i] = row[i] ** alpha;
    smoothed += ctx[i];
  }
  const entries: [number, number, number][] = [];
  for (const [k, c] of counts) {
    const i = Math.floor(k / n);
    const j = k - i * n;
    const pmi = Math.log((c / total) / ((row[i] / total) * (ctx[j] / smoothed)));
    if (pmi > 0) entries.push([i, j, pmi]);
  }
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const rowStart = new Int32Array(n + 1);
  for (const [i] of entries) rowStart[i + 1]++;
  for (let i = 0; i < n; i++) rowStart[i + 1] += rowStart[i];
  return { n, rowStart, col: Int32Array.from(entries, (e) => e[1]), value: Float32Array.from(entries, (e) => e[2]) };
}

/** M · X for X an n × k matrix in rows (Float64Array of n·k). */
function multiply(m: Sparse, x: Float64Array, k: number): Float64Array {
  const out = new Float64Array(m.n * k);
  for (let i = 0; i < m.n; i++) {
    const o = i * k;
    for (let p = m.rowStart[i]; p < m.rowStart[i + 1]; p++) {
      const v = m.value[p];
      const xo = m.col[p] * k;
      for (let c = 0; c < k; c++) out[o + c] += v * x[xo + c];
    }
  }
  return out;
}

/** Orthonormalises the k columns of an n × k row-major matrix in place (modified Gram–Schmidt, twice for stability). */
function orthonormalise(x: Float64Array, n: number, k: number): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let c = 0; c < k; c++) {
      for (let prev = 0; prev < c; prev++) {
        let d = 0;
        for (let i = 0; i < n; i++) d += x[i * k + c] * x[i * k + prev];
        for (let i = 0; i < n; i++) x[i * k + c] -= d * x[i * k + prev];
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += x[i * k + c] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < n; i++) x[i * k + c] /= norm;
    }
  }
}

/** Eigen-decomposition of a symmetric k × k matrix (cyclic Jacobi): eigenvalues and eigenvectors as columns of `v`. */
export function symmetricEigen(a: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const m = Float64Array.from(a);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += m[p * k + q] ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = m[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (m[q * k + q] - m[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const mrp = m[r * k + p];
          const mrq = m[r * k + q];
          m[r * k + p] = c * mrp - s * mrq;
          m[r * k + q] = s * mrp + c * mrq;
        }
        for (let r = 0; r < k; r++) {
          const mpr = m[p * k + r];
          const mqr = m[q * k + r];
          m[p * k + r] = c * mpr - s * mqr;
          m[q * k + r] = s * mpr + c * mqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = m[i * k + i];
  return { values, vectors: v };
}

/**
 * The top `dim` singular vectors of a sparse symmetric matrix, scaled by singular value^power (0.5: Levy et al.'s
 * eigenvalue weighting), as an n × dim row-major matrix. `oversample` extra columns and `iterations` power steps.
 */
export function truncatedSvd(m: Sparse, dim: number, seed: number, power = 0.5, oversample = 10, iterations = 3): Float64Array {
  const n = m.n;
  const k = Math.min(n, dim + oversample);
  const next = mulberry32(seed);
  let y: Float64Array = new Float64Array(n * k);
  for (let i = 0; i < y.length; i++) y[i] = next() * 2 - 1;
  y = multiply(m, y, k);
  orthonormalise(y, n, k);
  for (let it = 0; it < iterations; it++) {
    y = multiply(m, y, k);
    orthonormalise(y, n, k);
  }
  // B = Qᵀ M (k × n) = (M Q)ᵀ, M symmetric; B Bᵀ = Qᵀ M² Q, whose eigenvectors give the left singular vectors.
  const mq = multiply(m, y, k);
  const bbt = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    const o = i * k;
    for (let a = 0; a < k; a++) {
      const va = mq[o + a];
      if (va === 0) continue;
      for (let b = a; b < k; b++) bbt[a * k + b] += va * mq[o + b];
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) bbt[a * k + b] = bbt[b * k + a];
  const { values, vectors } = symmetricEigen(bbt, k);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, dim);
  const out = new Float64Array(n * dim);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < order.length; d++) {
      const e = order[d];
      let s = 0;
      for (let c = 0; c < k; c++) s += y[i * k + c] * vectors[c * k + e];
      out[i * dim + d] = s * Math.sqrt(Math.max(0, values[e])) ** power;
    }
  }
  return out;
}
