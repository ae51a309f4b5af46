// Narratives: the list (each with its counts by stance; ?outlet= keeps the narratives one outlet carries) and one
// narrative's page data (timeline by week and by language, outlets, first appearance, its articles earliest first with
// their stance, undated last; the rest through /documents?narrative=ID).
import { narrativesView } from '../../corpus/views/index.js';
import { narrativeWeeksByLanguage } from '../documents.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { pageSize, readParams, slicePage } from '../params.js';
import { ApiError } from '../problems.js';
import { searcherFor } from './search.js';

export function narrativeRoutes(app: App, deps: ServerDeps): void {
  app.get('/api/v1/narratives', async (c) => {
    const p = readParams(c, { limit: 'int', cursor: 'cursor', outlet: 'string' });
    const store = needStore(deps);
    // Kept per store generation (searcher.ts): the same answer for every request until the store changes.
    const body = await searcherFor(store).view(`narratives ${JSON.stringify(p)}`, async () => {
      const { narratives } = await narrativesView(store, { documents: 1, outlet: p.outlet });
      return JSON.stringify(slicePage(narratives.map(({ documents: _d, ...n }) => n), p.cursor?.offset ?? 0, pageSize(p.limit)));
    });
    return c.body(body, 200, { 'content-type': 'application/json' });
  });

  app.get('/api/v1/narratives/:id', async (c) => {
    const p = readParams(c, { documents: 'int' });
    const store = needStore(deps);
    const id = c.req.param('id');
    const { narratives } = await narrativesView(store, { narrative: id, documents: pageSize(p.documents, 50, 500) });
    if (!narratives.length) throw new ApiError('resource-not-found', `No article of this corpus carries a narrative "${id}". GET /api/v1/narratives lists those that occur.`);
    return c.json({ ...narratives[0], timelineByLanguage: await narrativeWeeksByLanguage(store, id) });
  });
}
