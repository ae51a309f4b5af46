// DELETE /api/v1/documents/{id} and DELETE /api/v1/sources/{origin} (token): a document, or every document stored
// from one ingested input, with all its rows, its search entry and its place in the summaries (corpus/delete.ts).
// They run between ingest jobs, never inside one.
import { deleteDocuments, deleteSource, DocumentNotFound, SourceNotFound } from '../../corpus/delete.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import type { Jobs } from '../jobs.js';
import { readParams } from '../params.js';
import { ApiError } from '../problems.js';
import { requireToken } from '../security.js';
import { documentId } from './documents.js';

function notFound(error: unknown): never {
  if (error instanceof DocumentNotFound) throw new ApiError('document-not-found', `There is no document ${error.ids.join(', ')} in this corpus: nothing was deleted.`);
  if (error instanceof SourceNotFound) throw new ApiError('resource-not-found', `No input "${error.origin}" was ingested into this corpus: nothing was deleted. Give the origin as GET /api/v1/documents/{id} shows it (a file or folder path, URL-encoded).`);
  throw error;
}

export function deleteRoutes(app: App, deps: ServerDeps): void {
  app.delete('/api/v1/documents/:id', requireToken(deps.token), async (c) => {
    readParams(c, {});
    const store = needStore(deps);
    const id = documentId(c.req.param('id'));
    const result = await (deps.jobs as Jobs).exclusive(() => deleteDocuments(store, [id])).catch(notFound);
    return c.json(result);
  });

  app.delete('/api/v1/sources/:origin', requireToken(deps.token), async (c) => {
    readParams(c, {});
    const store = needStore(deps);
    const origin = c.req.param('origin');
    if (!origin.trim() || origin.length > 4096) throw new ApiError('bad-request', 'Give the ingested input to delete, URL-encoded, as /api/v1/sources/{origin}.');
    const result = await (deps.jobs as Jobs).exclusive(() => deleteSource(store, origin)).catch(notFound);
    return c.json(result);
  });
}
