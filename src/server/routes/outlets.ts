// Outlets: each with volume, languages, narratives and technique profile; one outlet by name. Near-duplicate groups too.
import { duplicatesView, outletsView } from '../../corpus/views/index.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { pageSize, readParams, slicePage } from '../params.js';
import { ApiError } from '../problems.js';

export function outletRoutes(app: App, deps: ServerDeps): void {
  app.get('/api/v1/outlets', async (c) => {
    const p = readParams(c, { limit: 'int', cursor: 'cursor' });
    const size = pageSize(p.limit);
    const offset = p.cursor?.offset ?? 0;
    const { outlets } = await outletsView(needStore(deps), { limit: offset + size + 1 });
    return c.json(slicePage(outlets, offset, size));
  });

  app.get('/api/v1/outlets/:name', async (c) => {
    readParams(c, {});
    const name = c.req.param('name');
    const { outlets } = await outletsView(needStore(deps), { outlet: name });
    if (!outlets.length) throw new ApiError('resource-not-found', `No outlet "${name}" in this corpus. GET /api/v1/outlets lists them.`);
    return c.json(outlets[0]);
  });

  app.get('/api/v1/duplicates', async (c) => {
    const p = readParams(c, { limit: 'int', cursor: 'cursor' });
    const size = pageSize(p.limit);
    const offset = p.cursor?.offset ?? 0;
    const { groups } = await duplicatesView(needStore(deps), { limit: offset + size + 1 });
    return c.json(slicePage(groups, offset, size));
  });
}
