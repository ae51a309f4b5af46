// Word clusters for the check-worthiness model: each English stem of claimtrail's word vectors (src/models/word-vectors)
// in one of a few hundred groups of similar words (spherical k-means). A debate about trade and one about health
// share few words but many clusters ("tariff" and "import", "hospital" and "doctor"), so cluster features carry what
// was learnt on one debate to another (the CLEF 2019 official test debates are unseen ones).
// The file (data/clusters.txt) holds one cluster a line, its stems separated by spaces; written by
// `npm run train -- checkworthiness --clusters`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../core/seeded-random.js';
import { stem } from '../../knowledge/lexicons/stem.js';
import type { WordVectors } from '../word-vectors/format.js';

export const CLUSTERS_FILE = new URL('./data/clusters.txt', import.meta.url);

/** Stem → cluster number. */
export type Clusters = Map<string, number>;

/** Parses the file's text: line i holds the stems of cluster i. */
export function parseClusters(text: string): Clusters {
  const out: Clusters = new Map();
  text.split('\n').forEach((line, i) => {
    for (const s of line.split(' ')) if (s) out.set(s, i);
  });
  return out;
}

export function formatClusters(clusters: Clusters): string {
  const lines: string[][] = [];
  for (const [s, c] of clusters) (lines[c] ??= []).push(s);
  return Array.from(lines, (l) => (l ?? []).sort().join(' ')).join('\n') + '\n';
}

let shipped: Clusters | null | undefined;

/** The shipped clusters (empty where the file is absent: cluster features then add nothing). */
export function loadClusters(): Clusters {
  if (shipped === undefined) {
    const path = fileURLToPath(CLUSTERS_FILE);
    shipped = existsSync(path) ? parseClusters(readFileSync(path, 'utf8')) : null;
  }
  return shipped ?? new Map();
}

/** The cluster of a lower-cased word, or undefined (words the clusters lack). */
export function clusterOf(clusters: Clusters, lower: string): number | undefined {
  return clusters.size ? clusters.get(stem(lower, 'en')) : undefined;
}

/** Spherical k-means over the vectors' unit rows (seeded initial centres, fixed iterations: deterministic). */
export function kmeans(v: WordVectors, k: number, iterations: number, seed: number): Clusters {
  const n = v.words.length;
  const { dim, data } = v;
  const random = mulberry32(seed);
  const centres = new Float32Array(k * dim);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(random() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    centres.set(data.subarray(i * dim, (i + 1) * dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += data[i * dim + d] * centres[c * dim + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assign[i] = best;
    }
    centres.fill(0);
    for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) centres[assign[i] * dim + d] += data[i * dim + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centres[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) centres[c * dim + d] /= norm;
    }
  }
  // Numbered by first appearance in the vocabulary, so the file does not depend on the centres' order.
  const renumber = new Map<number, number>();
  const out: Clusters = new Map();
  for (let i = 0; i < n; i++) {
    if (!data.subarray(i * dim, (i + 1) * dim).some((x) => x !== 0)) continue; // a zero row has no neighbours
    if (!renumber.has(assign[i])) renumber.set(assign[i], renumber.size);
    out.set(v.words[i], renumber.get(assign[i]) ?? 0);
  }
  return out;
}
