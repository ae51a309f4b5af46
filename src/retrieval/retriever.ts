// Verified-claim retrieval: BM25 over claim and title finds candidates, a learned re-ranker (features.ts, weights in
// data/rerank.json, trained on the CLEF 2020 T2 training tweets) orders the first RERANK_DEPTH of them, and the rest
// of BM25's list follows below, so a run can hold up to 1,000 claims per query.
import { readFileSync } from 'node:fs';
import { Bm25Index } from './bm25.js';
import type { VerifiedClaim } from './clef.js';
import { pairFeatures, side, type Side } from './features.js';
import { predict, type LinearModel } from './learn.js';
import { terms } from './text.js';
import { cleanTweet } from './tweet.js';

export interface RerankModel extends LinearModel {
  features: string[];
  /** How many BM25 candidates it re-orders. */
  depth: number;
  k1: number;
  b: number;
  about: string;
}

export interface Ranked {
  id: string;
  score: number;
}

export const RERANK_FILE = new URL('./data/rerank.json', import.meta.url);

export function loadRerankModel(url: URL = RERANK_FILE): RerankModel {
  return JSON.parse(readFileSync(url, 'utf8')) as RerankModel;
}

export interface RetrieverOptions {
  /** The re-ranker; null ranks by BM25 alone. Default: the shipped model. */
  model?: RerankModel | null;
  k1?: number;
  b?: number;
}

export class ClaimRetriever {
  readonly claims: readonly VerifiedClaim[];
  readonly model: RerankModel | null;
  private readonly both: Bm25Index;
  private readonly claimOnly: Bm25Index;
  private readonly titleOnly: Bm25Index;
  private readonly sides = new Map<number, Side>();

  constructor(claims: readonly VerifiedClaim[], options: RetrieverOptions = {}) {
    this.claims = claims;
    this.model = options.model === undefined ? loadRerankModel() : options.model;
    const bm = { k1: options.k1 ?? this.model?.k1 ?? 1.2, b: options.b ?? this.model?.b ?? 0.5 };
    this.both = new Bm25Index(claims.map((c) => terms(`${c.claim} ${c.title}`)), bm);
    this.claimOnly = new Bm25Index(claims.map((c) => terms(c.claim)), bm);
    this.titleOnly = new Bm25Index(claims.map((c) => terms(c.title)), bm);
  }

  /** The claims that best verify `text` (a tweet or a sentence), best first, at most `depth`. */
  search(text: string, depth = 1000): Ranked[] {
    const cleaned = cleanTweet(text);
    const q = terms(cleaned);
    const hits = this.both.search(q, Math.max(depth, this.model?.depth ?? 0));
    if (!this.model || !hits.length) return hits.slice(0, depth).map((h) => ({ id: this.claims[h.doc].id, score: h.score }));
    return this.rerank(cleaned, q, hits).slice(0, depth);
  }

  /** The feature vectors of the first candidates (for training). */
  candidates(text: string, depth: number): { doc: number; features: number[] }[] {
    const cleaned = cleanTweet(text);
    const q = terms(cleaned);
    const hits = this.both.search(q, depth);
    const query = side(cleaned);
    return this.featuresOf(query, q, hits).map((features, i) => ({ doc: hits[i].doc, features }));
  }

  private rerank(cleaned: string, q: string[], hits: { doc: number; score: number }[]): Ranked[] {
    const model = this.model!;
    const head = hits.slice(0, model.depth);
    const features = this.featuresOf(side(cleaned), q, head);
    const out = head.map((h, i) => ({ id: this.claims[h.doc].id, score: predict(model, features[i]) }));
    out.sort((a, b) => b.score - a.score);
    // Below the re-ranked head, BM25's order, with scores under the head's (the model's scores are not bounded, so
    // the tail counts down from the head's lowest).
    const floor = (out[out.length - 1]?.score ?? 0) - 1;
    for (let i = model.depth; i < hits.length; i++) out.push({ id: this.claims[hits[i].doc].id, score: floor - (i - model.depth) * 1e-3 });
    return out;
  }

  private featuresOf(query: Side, q: string[], hits: { doc: number; score: number }[]): number[][] {
    const best = hits[0]?.score ?? 0;
    const claimScores = hits.map((h) => this.claimOnly.score(q, h.doc));
    const titleScores = hits.map((h) => this.titleOnly.score(q, h.doc));
    const claimBest = Math.max(0, ...claimScores);
    const titleBest = Math.max(0, ...titleScores);
    const idf = (t: string) => this.both.idf(t);
    return hits.map((h, rank) => {
      let s = this.sides.get(h.doc);
      if (!s) {
        const c = this.claims[h.doc];
        s = side(`${c.claim} ${c.title}`, c.title);
        if (this.sides.size > 50_000) this.sides.clear();
        this.sides.set(h.doc, s);
      }
      return pairFeatures(query, s, { bm25: h.score, best, rank, claimBm25: claimScores[rank], claimBest, titleBm25: titleScores[rank], titleBest }, idf);
    });
  }
}
