// What a store knows that an export of its documents wants (ExportContext): when each document was stored, and the
// earliest stored appearance of each claim's cluster (ClaimReview's firstAppearance). Portable SQL, both engines.
import type { Claim, Doc } from '../../core/types.js';
import type { Appearance, ExportContext } from '../../export/types.js';
import type { SqlRunner } from '../../store/index.js';
import { marks } from './common.js';

/** The export context for stored documents (by row id): `recordedAt` from ingested_at, `firstAppearance` per claim. */
export async function storeExportContext(db: SqlRunner, rowIds: number[]): Promise<Required<Pick<ExportContext, 'recordedAt' | 'firstAppearance'>>> {
  const recorded = new Map<string, string>();
  const firstOf = new Map<string, Appearance>();
  if (rowIds.length) {
    const docs = await db.all<{ id: number; doc_id: string; ingested_at: string }>(`SELECT id, doc_id, ingested_at FROM documents WHERE id IN (${marks(rowIds.length)})`, rowIds);
    docs.forEach((d) => recorded.set(d.doc_id, d.ingested_at));
    const docIdOf = new Map(docs.map((d) => [d.id, d.doc_id]));
    const claims = await db.all<{ doc: number; local_id: string; cluster: number }>(
      `SELECT doc, local_id, cluster FROM claims WHERE origin = 'claim' AND cluster IS NOT NULL AND doc IN (${marks(rowIds.length)})`,
      rowIds,
    );
    const earliest = new Map<number, Appearance | null>();
    for (const c of claims) {
      if (!earliest.has(c.cluster)) {
        // The same order as the claims view: by publication (undated last), then storage order, then position.
        const row = await db.get<{ doc: number; url: string | null; published: string | null; title: string | null; outlet: string | null }>(
          `SELECT d.id AS doc, d.url, d.published, d.title, d.outlet FROM claims c JOIN documents d ON d.id = c.doc
           WHERE c.cluster = ? ORDER BY c.published_sort, c.doc, c.span_start LIMIT 1`,
          [c.cluster],
        );
        earliest.set(c.cluster, row ? { url: row.url, date: row.published, title: row.title, outlet: row.outlet, docId: String(row.doc) } : null);
      }
      const first = earliest.get(c.cluster);
      if (first) firstOf.set(`${docIdOf.get(c.doc)}\u0000${c.local_id}`, first);
    }
  }
  return {
    recordedAt: (doc: Doc) => recorded.get(doc.id) ?? null,
    firstAppearance: (doc: Doc, claim: Claim) => firstOf.get(`${doc.id}\u0000${claim.id}`) ?? null,
  };
}
