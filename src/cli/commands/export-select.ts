// What `claimtrail export --db` exports: a stored document id, `narrative:ID` or `search:QUERY` (up to 1,000 documents),
// or `all` (every stored document: the whole store), loaded through the same queries the HTTP API's export routes use.
import { ClaimtrailError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { openCorpus } from '../../corpus/open.js';
import { storeExportContext } from '../../corpus/views/first-appearances.js';
import { searchView } from '../../corpus/views/index.js';
import type { ExportContext } from '../../export/types.js';
import { listDocuments, loadDocument, loadDocuments } from '../../server/documents.js';

const MAX = 1000;

/** The stored documents named, and what the store adds to their export: ingest times and claims' first appearances. */
export async function selectStored(db: string, what: string[]): Promise<{ docs: Doc[]; scope: string; context: ExportContext }> {
  const store = await openCorpus(db);
  try {
    const ids: number[] = [];
    for (const item of what) {
      if (item === 'all') {
        // The whole store, oldest row first, in memory: only for Parquet and a store of one document (export.ts streams the rest).
        ids.push(...(await store.all<{ id: number }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id));
      } else if (/^\d+$/.test(item)) {
        if (!(await loadDocument(store, Number(item)))) throw new ClaimtrailError('CLI_USAGE', { detail: `There is no document ${item} in ${store.location}.` });
        ids.push(Number(item));
      } else if (item.startsWith('narrative:') && item.length > 10) {
        ids.push(...(await listDocuments(store, { narrative: item.slice(10) }, MAX)).items.map((d) => d.doc));
      } else if (item.startsWith('search:') && item.slice(7).trim()) {
        ids.push(...(await searchView(store, { query: item.slice(7), limit: MAX })).hits.map((h) => h.doc));
      } else {
        throw new ClaimtrailError('CLI_USAGE', { detail: `"${item}" is not a document id, narrative:ID, search:QUERY or all. With --db, name what to export from the store.` });
      }
    }
    const unique = [...new Set(ids)];
    return { docs: await loadDocuments(store, unique), scope: what.join(' '), context: await storeExportContext(store, unique) };
  } finally {
    await store.close();
  }
}
