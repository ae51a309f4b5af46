// GET /api/v1/search: full-text search with filters (the corpus search view), paged by cursor. Identical requests
// are answered from kept responses while the store is unchanged; the rest run in reader threads (searcher.ts).
import { needStore, type App, type ServerDeps } from '../context.js';
import { encodeCursor, pageSize, readParams } from '../params.js';
import { ApiError } from '../problems.js';
import { Searcher, type SearcherOptions } from '../searcher.js';
import type { Store } from '../../store/index.js';

/**
 * The store turns any words into a safe full-text query, so a stray quote would be dropped silently. The API says so
 * instead: an unbalanced quotation mark, or a query with nothing to search for, is a 400.
 */
export function checkQuery(q: string | undefined): string {
  if (q === undefined || !q.trim()) throw new ApiError('bad-parameter', 'Give the words to search for as "q".');
  if ((q.match(/"/g) ?? []).length % 2) throw new ApiError('search-syntax', `The query ${JSON.stringify(q)} has an unbalanced quotation mark: close the "phrase" or remove the quote.`);
  if (!/[\p{L}\p{N}]/u.test(q)) throw new ApiError('search-syntax', `The query ${JSON.stringify(q)} has no words to search for: words are letters or digits; "a phrase" in quotes; word* for a prefix.`);
  if (/(^|\s)\*/.test(q)) throw new ApiError('search-syntax', `The query ${JSON.stringify(q)} has a * with no word before it: write word* to match a prefix.`);
  return q.trim();
}

export const SEARCH_PARAMS = { q: 'string', outlet: 'string', language: 'string', from: 'date', to: 'date', narrative: 'string', speaker: 'string' } as const;

/** The searcher of each store served (one per app in practice; tests swap stores). */
const searchers = new WeakMap<Store, Searcher>();

export function searcherFor(store: Store, options: SearcherOptions = {}): Searcher {
  let searcher = searchers.get(store);
  if (!searcher) searchers.set(store, (searcher = new Searcher(store, { log: (line) => process.stderr.write(`${line}\n`), ...options })));
  return searcher;
}

export function searchRoutes(app: App, deps: ServerDeps, options: SearcherOptions = {}): void {
  // A large store's reader threads start now, not under the first searches (a failure shows at the first search).
  if (deps.store) searcherFor(deps.store, options).prepare().catch(() => {});
  app.get('/api/v1/search', async (c) => {
    const p = readParams(c, { ...SEARCH_PARAMS, limit: 'int', cursor: 'cursor' });
    const query = checkQuery(p.q);
    const size = pageSize(p.limit, 20, 100);
    const offset = p.cursor?.offset ?? 0;
    const searcher = searcherFor(needStore(deps), options);
    const q = { query, outlet: p.outlet, language: p.language, from: p.from, to: p.to, narrative: p.narrative, speaker: p.speaker, limit: size, offset };
    const body = await searcher.answer(JSON.stringify(q), async (waiters) => {
      const result = await searcher.search(q, waiters);
      const next = offset + result.hits.length;
      return JSON.stringify({ query, total: result.total, more: result.more, rankedOnly: result.rankedOnly, items: result.hits, nextCursor: next < result.total && result.hits.length ? encodeCursor({ offset: next }) : null });
    });
    return c.body(body, 200, { 'content-type': 'application/json' });
  });
}
