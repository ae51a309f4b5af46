// Full-text search with snippets, filtered by outlet, language, date range, narrative and speaker (any spelling).
import type { Store } from '../../store/index.js';
import { docRefs, limitOf, type DocRef } from './common.js';
import { expandQuery } from './expand.js';
import { resolveName } from './resolve.js';

export interface SearchQuery {
  query: string;
  outlet?: string;
  language?: string;
  from?: string;
  to?: string;
  narrative?: string;
  /** A person's name in any spelling the gazetteer or the corpus knows. */
  speaker?: string;
  limit?: number;
  offset?: number;
  /** Add gazetteer aliases and stems to the query (default true). */
  expand?: boolean;
}

export interface SearchHit extends DocRef {
  snippet: string;
  rank: number;
}

export async function searchView(store: Store, q: SearchQuery): Promise<{ query: string; total: number; more: boolean; rankedOnly: number | null; hits: SearchHit[] }> {
  const speakerEntities = q.speaker ? (await resolveName(store, q.speaker)).entities.map((e) => e.id) : undefined;
  const { total, more, rankedOnly, hits } = await store.searchText({
    // Aliases across scripts and Russian endings (expand.ts); the answer still reports the query as typed.
    query: q.expand === false ? q.query : expandQuery(q.query),
    outlet: q.outlet,
    language: q.language,
    from: q.from,
    to: q.to,
    narrative: q.narrative,
    speakerEntities,
    limit: limitOf(q.limit, 20, 1000),
    offset: q.offset,
  });
  const refs = await docRefs(store, hits.map((h) => h.doc));
  return { query: q.query, total, more: more ?? false, rankedOnly: rankedOnly ?? null, hits: hits.map((h) => ({ ...(refs.get(h.doc) as DocRef), snippet: h.snippet, rank: Math.round(h.rank * 1000) / 1000 })) };
}
