// Exports of one stored document, or of a query result (a search or a filtered list, up to 1,000 documents), as JSON,
// JSON Lines, CSV, Markdown, and the interchange formats of src/export (ClaimReview, STIX, MISP).
import type { Context } from 'hono';
import type { Doc } from '../../core/types.js';
import { storeExportContext } from '../../corpus/views/first-appearances.js';
import { EXPORT_FORMATS, exportDocuments, type ExportContext, type ExportFormat } from '../../export/index.js';
import { toMarkdown } from '../../report/markdown.js';
import { listDocuments, loadDocument, loadDocuments } from '../documents.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { pageSize, readParams } from '../params.js';
import { ApiError } from '../problems.js';
import { DOCUMENT_FILTERS, documentId } from './documents.js';
import { checkQuery, SEARCH_PARAMS, searcherFor } from './search.js';

export const FORMATS = ['json', 'md', ...EXPORT_FORMATS] as const;
type Format = (typeof FORMATS)[number];

function formatOf(value: string | undefined): Format {
  const f = value ?? 'json';
  if (!(FORMATS as readonly string[]).includes(f)) throw new ApiError('bad-parameter', `"format" must be one of ${FORMATS.join(', ')}, not "${f}".`);
  return f as Format;
}

function send(c: Context, format: Format, docs: Doc[], scope: string, name: string, stored: ExportContext = {}): Response {
  let text: string | Uint8Array;
  let type: string;
  let ext: string;
  if (format === 'json') [text, type, ext] = [`${JSON.stringify(docs.length === 1 && scope.startsWith('document') ? docs[0] : docs, null, 2)}\n`, 'application/json; charset=utf-8', '.json'];
  else if (format === 'md') [text, type, ext] = [docs.map(toMarkdown).join('\n---\n\n') || `_No documents for ${scope}._\n`, 'text/markdown; charset=utf-8', '.md'];
  else {
    // The store's context (issue 15): ingest times for undated articles, claims' first appearances for ClaimReview.
    const out = exportDocuments(format as ExportFormat, docs, { ...stored, scope });
    [text, type, ext] = [out.body, out.mediaType, out.extension];
  }
  return c.body(typeof text === 'string' ? text : new Uint8Array(text), 200, { 'content-type': type, 'content-disposition': `attachment; filename="${name}${ext}"` });
}

export function exportRoutes(app: App, deps: ServerDeps): void {
  app.get('/api/v1/documents/:id/export', async (c) => {
    const p = readParams(c, { format: 'string' });
    const format = formatOf(p.format);
    const id = documentId(c.req.param('id'));
    const stored = await loadDocument(needStore(deps), id);
    if (!stored) throw new ApiError('document-not-found', `There is no document ${id} in this corpus.`);
    const context = (EXPORT_FORMATS as readonly string[]).includes(format) ? await storeExportContext(needStore(deps), [id]) : {};
    return send(c, format, [stored.document], `document:${id}`, `claimtrail-document-${id}`, context);
  });

  app.get('/api/v1/export', async (c) => {
    const p = readParams(c, { ...SEARCH_PARAMS, ...DOCUMENT_FILTERS, format: 'string', limit: 'int' });
    const format = formatOf(p.format);
    const store = needStore(deps);
    const limit = pageSize(p.limit, 100, 1000);
    let ids: number[];
    let scope: string;
    if (p.q !== undefined) {
      // In the reader threads, as /search: a search of up to 1,000 hits must not hold up the event loop.
      const query = { query: checkQuery(p.q), outlet: p.outlet, language: p.language, from: p.from, to: p.to, narrative: p.narrative, speaker: p.speaker, limit };
      const result = await searcherFor(store).search(query);
      ids = result.hits.map((h) => h.doc);
      scope = `search:${p.q}`;
    } else {
      if (p.speaker) throw new ApiError('bad-parameter', '"speaker" filters a search: give "q" too.');
      ids = (await listDocuments(store, p, limit)).items.map((d) => d.doc);
      scope = p.narrative ? `narrative:${p.narrative}` : 'documents';
    }
    const context = (EXPORT_FORMATS as readonly string[]).includes(format) ? await storeExportContext(store, ids) : {};
    return send(c, format, await loadDocuments(store, ids), scope, 'claimtrail-export', context);
  });
}
