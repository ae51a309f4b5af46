// `export --db S --all`: the whole store read in pages of documents and written as it goes, so a store of any size
// exports in bounded memory. CSV and JSON Lines rows have fixed columns, so pages join into one valid file; Parquet is
// written a row group at a time; STIX, MISP and ClaimReview element by element into one JSON document
// (src/export/stream.ts).
import type { Writable } from 'node:stream';
import { openCorpus } from '../../corpus/open.js';
import type { Store } from '../../store/index.js';
import { storeExportContext } from '../../corpus/views/first-appearances.js';
import { toCsv, toJsonl } from '../../export/csv.js';
import { streamParquet } from '../../export/parquet.js';
import { streamJsonExport, type DocPage, type StreamedFormat } from '../../export/stream.js';
import type { ExportContext } from '../../export/types.js';
import { tableRows, type TableKind, type TableRow } from '../../export/tables.js';
import { loadDocuments } from '../../server/documents.js';

const PAGE = 200;

export interface StreamOptions {
  format: 'csv' | 'jsonl' | 'parquet';
  kinds: readonly TableKind[];
  formulaGuard: boolean;
  /** Documents read per page (default 200). */
  page?: number;
}

/** Writes every stored document's rows to `out`, oldest row first; returns the number of documents written. */
export async function streamAllRows(db: string, options: StreamOptions, out: Writable): Promise<number> {
  const store = await openCorpus(db);
  try {
    let written = 0;
    const pages = async function* (): AsyncGenerator<TableRow[]> {
      let last = 0;
      for (;;) {
        const ids = (await store.all<{ id: number }>(`SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ${options.page ?? PAGE}`, [last])).map((r) => r.id);
        if (!ids.length) return;
        last = ids[ids.length - 1];
        const docs = await loadDocuments(store, ids);
        written += docs.length;
        yield tableRows(docs, options.kinds);
      }
    };
    if (options.format === 'parquet') {
      await streamParquet(
        (async function* () {
          for await (const rows of pages()) yield* rows;
        })(),
        (bytes) => write(out, bytes),
      );
      return written;
    }
    const header = options.format === 'csv' ? toCsv([]) : '';
    await write(out, header);
    for await (const rows of pages()) await write(out, options.format === 'csv' ? toCsv(rows, { formulaGuard: options.formulaGuard }).slice(header.length) : toJsonl(rows));
    return written;
  } finally {
    await store.close();
  }
}

/** Writes every stored document as one STIX bundle, MISP response or ClaimReview graph; returns the documents written. */
export async function streamAllJson(db: string, format: StreamedFormat, extra: Pick<ExportContext, 'minTechniqueScore' | 'scope'>, out: Writable, onGaps: (gaps: readonly string[]) => void, page = PAGE): Promise<number> {
  const store = await openCorpus(db);
  try {
    return await streamJsonExport(format, pagesOf(store, extra, page), { write: (chunk) => write(out, chunk), gaps: onGaps }, extra.scope);
  } finally {
    await store.close();
  }
}

/** The store's documents, oldest row first, a page at a time with their ingest times and claims' first appearances. */
async function* pagesOf(store: Store, extra: Pick<ExportContext, 'minTechniqueScore' | 'scope'>, page: number): AsyncGenerator<DocPage> {
  let last = 0;
  for (;;) {
    const ids = (await store.all<{ id: number }>(`SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ${page}`, [last])).map((r) => r.id);
    if (!ids.length) return;
    last = ids[ids.length - 1];
    yield { docs: await loadDocuments(store, ids), context: { ...(await storeExportContext(store, ids)), ...extra } };
  }
}

/** Waits for 'drain' when the stream's buffer is full, so a slow reader of stdout never makes memory grow. */
function write(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!chunk.length || out.write(chunk)) return Promise.resolve();
  return new Promise((done, fail) => {
    const cleanup = () => (out.off('drain', onDrain), out.off('error', onError));
    const onDrain = () => (cleanup(), done());
    const onError = (error: Error) => (cleanup(), fail(error));
    out.once('drain', onDrain);
    out.once('error', onError);
  });
}
