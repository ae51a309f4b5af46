// Stored documents for the API: a filtered list paged by row id (keyset: page 1,000 costs what page 1 does), and one
// document read back whole (the stored JSON from document_texts, with its text put back). The corpus views have no listing of documents;
// this is the only SQL of the server besides the narrative timeline by language.
import { inflateRawSync } from 'node:zlib';
import type { Doc } from '../core/types.js';
import { DOC_COLUMNS, type DocRef } from '../corpus/views/common.js';
import type { SqlRunner, SqlValue } from '../store/index.js';

export interface DocumentFilter {
  outlet?: string;
  language?: string;
  narrative?: string;
  from?: string;
  to?: string;
  /** Only documents with a row id above this (the cursor). */
  after?: number;
}

export interface DocumentListItem extends DocRef {
  chars: number;
  duplicateOf: number | null;
}

export async function listDocuments(db: SqlRunner, filter: DocumentFilter, limit: number): Promise<{ items: DocumentListItem[]; more: boolean }> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, value: SqlValue) => (where.push(sql), params.push(value));
  if (filter.after !== undefined) add('d.id > ?', filter.after);
  if (filter.outlet) add('d.outlet = ?', filter.outlet);
  if (filter.language) add('d.language = ?', filter.language);
  if (filter.from) add('d.published >= ?', filter.from);
  // A bare date as the upper bound includes that whole day ('~' sorts after 'T'), as in search.
  if (filter.to) add('d.published <= ?', filter.to.length === 10 ? `${filter.to}~` : filter.to);
  if (filter.narrative) add('EXISTS (SELECT 1 FROM doc_narratives n WHERE n.doc = d.id AND n.narrative = ?)', filter.narrative);
  const rows = await db.all<DocRef & { chars: number; dup_group: number | null }>(
    `SELECT ${DOC_COLUMNS}, d.chars, d.dup_group FROM documents d${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY d.id LIMIT ${limit + 1}`,
    params,
  );
  const items = rows.slice(0, limit).map(({ dup_group, ...r }) => ({ ...r, duplicateOf: dup_group !== null && dup_group !== r.doc ? dup_group : null }));
  return { items, more: rows.length > limit };
}

export interface StoredDocument {
  id: number;
  ingestedAt: string;
  duplicateOf: number | null;
  similarity: number | null;
  document: Doc;
}

export async function loadDocument(db: SqlRunner, id: number): Promise<StoredDocument | null> {
  const row = await db.get<{ id: number; text: string; json: Uint8Array; ingested_at: string; dup_group: number | null; dup_similarity: number | null }>(
    'SELECT d.id, t.text, t.json, d.ingested_at, d.dup_group, d.dup_similarity FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.id = ?',
    [id],
  );
  if (!row) return null;
  const stored = JSON.parse(inflateRawSync(row.json).toString('utf8')) as Doc;
  return {
    id: row.id,
    ingestedAt: row.ingested_at,
    duplicateOf: row.dup_group !== null && row.dup_group !== row.id ? row.dup_group : null,
    similarity: row.dup_similarity,
    document: { ...stored, text: row.text },
  };
}

/** Documents by row id, in the order given (exports of a query result). */
export async function loadDocuments(db: SqlRunner, ids: number[]): Promise<Doc[]> {
  const out: Doc[] = [];
  for (const id of ids) {
    const d = await loadDocument(db, id);
    if (d) out.push(d.document);
  }
  return out;
}

/** Articles carrying a narrative by week and language: the narrative page's stacked timeline. */
export async function narrativeWeeksByLanguage(db: SqlRunner, narrative: string): Promise<{ week: string; language: string | null; count: number }[]> {
  return db.all(
    `SELECT d.published_week AS week, d.language, count(*) AS count FROM doc_narratives dn JOIN documents d ON d.id = dn.doc
     WHERE dn.narrative = ? AND d.published_week IS NOT NULL GROUP BY d.published_week, d.language ORDER BY week, d.language`,
    [narrative],
  );
}
