// Claim clusters: those that spread (carried by at least minArticles articles), and one cluster with its appearances.
import { claimsView } from '../../corpus/views/index.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { encodeCursor, pageSize, readParams, slicePage } from '../params.js';
import { ApiError } from '../problems.js';
import { searcherFor } from './search.js';

export function claimRoutes(app: App, deps: ServerDeps): void {
  app.get('/api/v1/claims', async (c) => {
    const p = readParams(c, { minArticles: 'int', limit: 'int', cursor: 'cursor' });
    const size = pageSize(p.limit);
    const offset = p.cursor?.offset ?? 0;
    const store = needStore(deps);
    // Kept per store generation (searcher.ts): the same answer for every request until the store changes.
    const body = await searcherFor(store).view(`claims ${JSON.stringify(p)}`, async () => {
      const { clusters } = await claimsView(store, { minArticles: p.minArticles, limit: offset + size + 1 });
      return JSON.stringify(slicePage(clusters, offset, size));
    });
    return c.body(body, 200, { 'content-type': 'application/json' });
  });

  app.get('/api/v1/claims/:id', async (c) => {
    const p = readParams(c, { limit: 'int', cursor: 'cursor' });
    const raw = c.req.param('id');
    const id = /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
    const { clusters } = id ? await claimsView(needStore(deps), { cluster: id }) : { clusters: [] };
    if (!clusters.length) throw new ApiError('resource-not-found', `There is no claim cluster "${raw}". GET /api/v1/claims lists them.`);
    const { appearances = [], ...cluster } = clusters[0];
    const offset = p.cursor?.offset ?? 0;
    const size = pageSize(p.limit, 100);
    const page = appearances.slice(offset, offset + size);
    return c.json({ ...cluster, appearances: page, nextCursor: appearances.length > offset + size ? encodeCursor({ offset: offset + size }) : null });
  });
}
