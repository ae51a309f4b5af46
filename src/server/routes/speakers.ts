// Speakers: who is quoted most, and what one person said (any spelling of the name), paged by cursor.
import { speakersView, speakerView } from '../../corpus/views/index.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { encodeCursor, pageSize, readParams, slicePage } from '../params.js';
import { ApiError } from '../problems.js';

export function speakerRoutes(app: App, deps: ServerDeps): void {
  app.get('/api/v1/speakers', async (c) => {
    const p = readParams(c, { limit: 'int', cursor: 'cursor' });
    const size = pageSize(p.limit);
    const offset = p.cursor?.offset ?? 0;
    const { speakers } = await speakersView(needStore(deps), { limit: offset + size + 1 });
    return c.json(slicePage(speakers, offset, size));
  });

  app.get('/api/v1/speakers/:name', async (c) => {
    const p = readParams(c, { limit: 'int', cursor: 'cursor' });
    const name = c.req.param('name');
    const size = pageSize(p.limit, 50, 500);
    const offset = p.cursor?.offset ?? 0;
    const view = await speakerView(needStore(deps), name, { limit: size, offset });
    if (!view.entities.length) throw new ApiError('resource-not-found', `Nobody called "${name}" is known to the gazetteer or quoted in this corpus.`);
    const next = offset + view.quotes.length;
    return c.json({ ...view, nextCursor: next < view.total && view.quotes.length ? encodeCursor({ offset: next }) : null });
  });
}
