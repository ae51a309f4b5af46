// Features of a (query, verified claim) pair for re-ranking BM25's candidates: what BM25 says about the pair and its
// rank, how much of each side the other covers (IDF-weighted), shared word pairs, numbers, names, quoted phrases
// and character 4-grams (hashtags and spelling variants).
import { bigrams, terms } from './text.js';

export const FEATURE_NAMES = [
  'bm25_rel', 'bm25_log', 'rank_rr', 'claim_bm25_rel', 'title_bm25_rel', 'claim_cover', 'query_cover', 'bigrams',
  'numbers', 'names', 'quoted', 'char4', 'length_ratio', 'title_cover', 'common_run', 'char4_query',
] as const;

export interface Side {
  /** Index terms (stemmed, no stop words). */
  terms: string[];
  termSet: Set<string>;
  bigrams: Set<string>;
  numbers: Set<string>;
  /** Lower-cased capitalised words not at a sentence start (names, mostly). */
  names: Set<string>;
  /** Lower-cased letters-and-digits text, for phrase and 4-gram tests. */
  flat: string;
  grams: Set<string>;
  /** Terms of the second part of a claim side (the fact-check's title), when given. */
  titleTerms: Set<string>;
  /** Every run of five words (queries: a claim quoted in a tweet is copied word for word). */
  runs: string[];
}

export function side(text: string, title = ''): Side {
  const t = terms(text);
  const flat = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}'’-]+/gu)) names.add(m[0].toLowerCase());
  const grams = new Set<string>();
  const compact = flat.replace(/ /g, '');
  for (let i = 0; i + 4 <= compact.length; i++) grams.add(compact.slice(i, i + 4));
  return {
    terms: t,
    termSet: new Set(t),
    bigrams: new Set(bigrams(t)),
    numbers: new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []),
    names,
    flat,
    grams,
    titleTerms: new Set(title ? terms(title) : []),
    runs: wordRuns(flat),
  };
}

export interface PairScores {
  /** Combined BM25 of the candidate, the best in the list, its rank (0-based). */
  bm25: number;
  best: number;
  rank: number;
  claimBm25: number;
  claimBest: number;
  titleBm25: number;
  titleBest: number;
}

/** The feature vector, in FEATURE_NAMES order. `idf` weighs terms. */
export function pairFeatures(query: Side, claim: Side, s: PairScores, idf: (term: string) => number): number[] {
  const weighted = (from: Set<string>, to: Set<string>) => {
    let all = 0;
    let hit = 0;
    for (const t of from) {
      const w = idf(t);
      all += w;
      if (to.has(t)) hit += w;
    }
    return all ? hit / all : 0;
  };
  const shareOf = (a: Set<string>, b: Set<string>) => {
    if (!a.size) return 0;
    let n = 0;
    for (const x of a) if (b.has(x)) n++;
    return n / a.size;
  };
  let quoted = 0;
  for (const q of query.runs) {
    if (claim.flat.includes(q)) {
      quoted = 1;
      break;
    }
  }
  let grams = 0;
  for (const g of claim.grams) if (query.grams.has(g)) grams++;
  return [
    s.best ? s.bm25 / s.best : 0,
    Math.log1p(s.bm25),
    1 / (s.rank + 1),
    s.claimBest ? s.claimBm25 / s.claimBest : 0,
    s.titleBest ? s.titleBm25 / s.titleBest : 0,
    weighted(claim.termSet, query.termSet),
    weighted(query.termSet, claim.termSet),
    shareOf(claim.bigrams, query.bigrams),
    claim.numbers.size ? shareOf(claim.numbers, query.numbers) : 0,
    claim.names.size ? shareOf(claim.names, query.names) : 0,
    quoted,
    claim.grams.size ? grams / claim.grams.size : 0,
    Math.min(claim.terms.length, query.terms.length) / Math.max(1, claim.terms.length, query.terms.length),
    weighted(claim.titleTerms, query.termSet),
    commonRun(query.terms, claim.terms) / Math.max(1, Math.min(claim.terms.length, 12)),
    query.grams.size ? grams / query.grams.size : 0,
  ];
}

function wordRuns(flat: string): string[] {
  const words = flat.split(' ');
  const out: string[] = [];
  for (let i = 0; i + 5 <= words.length; i++) out.push(words.slice(i, i + 5).join(' '));
  return out;
}

/** The longest run of terms the two sides share in the same order (a copied phrase). */
function commonRun(a: string[], b: string[]): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      if (prev[j] > best) best = prev[j];
      diag = up;
    }
  }
  return best;
}
