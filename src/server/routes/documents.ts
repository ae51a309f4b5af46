// Stored documents: GET /api/v1/documents (filters, keyset cursor) and GET /api/v1/documents/{id} (every layer).
import { listDocuments, loadDocument } from '../documents.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { encodeCursor, pageSize, readParams } from '../params.js';
import { ApiError } from '../problems.js';

export const DOCUMENT_FILTERS = { outlet: 'string', language: 'string', narrative: 'string', from: 'date', to: 'date' } as const;

export function documentId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw new ApiError('document-not-found', `There is no document "${raw}": document ids are the whole numbers /api/v1/documents lists.`);
  return id;
}

export function documentRoutes(app: App, deps: ServerDeps): void {
  app.get('/api/v1/documents', async (c) => {
    const p = readParams(c, { ...DOCUMENT_FILTERS, limit: 'int', cursor: 'cursor' });
    const size = pageSize(p.limit);
    const { items, more } = await listDocuments(needStore(deps), { ...p, after: p.cursor?.after }, size);
    return c.json({ items, nextCursor: more ? encodeCursor({ after: items[items.length - 1].doc }) : null });
  });

  app.get('/api/v1/documents/:id', async (c) => {
    readParams(c, {});
    const id = documentId(c.req.param('id'));
    const stored = await loadDocument(needStore(deps), id);
    if (!stored) throw new ApiError('document-not-found', `There is no document ${id} in this corpus.`);
    return c.json(stored);
  });
}
