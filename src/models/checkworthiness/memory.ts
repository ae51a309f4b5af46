// Claim memory: speakers repeat their talking points from one debate or rally to the next ("96 million wanting a
// job", "the biggest crowd ever"), and fact checkers check them again. When a transcript is ranked, each line's
// logit is mixed with its likeness to the check-worthy debate lines trained on (the largest idf-weighted cosine over
// content stems and numbers), both standardised within the transcript. The file keeps hashed stems, not text.
import { fnv1a } from '../features/hash.js';
import { tokenize } from '../features/tokens.js';
import { isStopWord } from '../../knowledge/lexicons/stopwords.js';
import { stem } from '../../knowledge/lexicons/stem.js';

export interface ClaimMemoryFile {
  /** Share of the memory's standardised similarity in the mixed, standardised logit (0: the model alone). */
  weight: number;
  /** The idf of a line's term that no remembered line holds (it still lengthens the line's vector). */
  unknownIdf: number;
  /** Hashed terms (FNV-1a), ascending, delta-encoded, and their idf in the training lines (2 decimals). */
  terms: number[];
  idf: number[];
  /** Each remembered line: indices into `terms`. */
  lines: number[][];
}

const termCache = new Map<string, number>();

/** A line's terms, hashed, each once: stems of content words (3+ letters, not stop words) and numbers as written. */
export function memoryTerms(text: string): number[] {
  const out = new Set<number>();
  for (const { lower } of tokenize(text)) {
    let h = termCache.get(lower);
    if (h === undefined) {
      // −1: a word that is no term (short, a stop word, a symbol).
      h = /^\d/.test(lower) ? fnv1a('#' + lower) : lower.length >= 3 && /^\p{L}/u.test(lower) && !isStopWord(lower, 'en') ? fnv1a(stem(lower, 'en')) : -1;
      if (termCache.size >= 200_000) termCache.clear();
      termCache.set(lower, h);
    }
    if (h >= 0) out.add(h);
  }
  return [...out];
}

/**
 * The memory of `remembered` (term lists of check-worthy lines), idf from `all` (term lists of every line trained
 * on, the remembered ones included). A term no remembered line holds counts at the idf of one in 30 lines (the
 * file keeps the remembered terms' idf only).
 */
export function buildMemory(all: readonly (readonly number[])[], remembered: readonly (readonly number[])[], weight: number): ClaimMemoryFile {
  const df = new Map<number, number>();
  for (const terms of all) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const idfOf = (t: number) => Math.max(0, Math.round(Math.log(all.length / (1 + (df.get(t) ?? 0))) * 100) / 100);
  const sorted = [...new Set(remembered.flat())].sort((a, b) => a - b);
  const at = new Map(sorted.map((t, i) => [t, i]));
  return {
    weight,
    unknownIdf: Math.round(Math.log(all.length / 30) * 100) / 100,
    terms: sorted.map((t, i) => t - (i ? sorted[i - 1] : 0)),
    idf: sorted.map(idfOf),
    lines: remembered.filter((l) => l.length).map((l) => l.map((t) => at.get(t) ?? 0)),
  };
}

/** The similarity of a line to its most alike remembered line, in [0, 1]. */
export function createMemory(file: ClaimMemoryFile): (text: string) => number {
  const idf = new Map<number, number>();
  let term = 0;
  file.terms.forEach((d, i) => {
    term += d;
    idf.set(term, file.idf[i]);
  });
  const ids = [...idf.keys()];
  // Inverted index: term → [line, normalised weight] pairs.
  const postings = new Map<number, [number, number][]>();
  file.lines.forEach((line, j) => {
    const norm = Math.sqrt(line.reduce((s, k) => s + file.idf[k] ** 2, 0)) || 1;
    for (const k of line) {
      const list = postings.get(ids[k]);
      const entry: [number, number] = [j, file.idf[k] / norm];
      if (list) list.push(entry);
      else postings.set(ids[k], [entry]);
    }
  });
  const acc = new Float64Array(file.lines.length);
  return (text) => {
    const terms = memoryTerms(text);
    let norm = 0;
    for (const t of terms) norm += (idf.get(t) ?? file.unknownIdf) ** 2;
    if (!norm) return 0;
    norm = Math.sqrt(norm);
    acc.fill(0);
    let best = 0;
    for (const t of terms) {
      const list = postings.get(t);
      if (!list) continue;
      const q = (idf.get(t) ?? 0) / norm;
      for (const [j, p] of list) best = Math.max(best, (acc[j] += q * p));
    }
    return best;
  };
}

/** Probabilities mixed with the memory's similarities: both standardised within the transcript, mixed at `weight`,
 * and put back on the logits' own mean and spread (so the smoothing after it sees scores as before). */
export function mixWithMemory(scores: readonly number[], similarities: readonly number[], weight: number): number[] {
  if (!weight || scores.length < 2) return [...scores];
  const logits = scores.map((p) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9)));
  const [m, sd] = meanSd(logits);
  const [mk, sdk] = meanSd(similarities);
  return logits.map((z, i) => {
    const mixed = (1 - weight) * ((z - m) / sd) + weight * ((similarities[i] - mk) / sdk);
    return 1 / (1 + Math.exp(-(m + sd * mixed)));
  });
}

function meanSd(xs: readonly number[]): [number, number] {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return [mean, sd || 1];
}
