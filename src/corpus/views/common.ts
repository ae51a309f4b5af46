// Shared pieces of the views: a document's headline row, counts by key, and the question marks for an IN list.
// Views speak only portable SQL (no engine functions), so the PostgreSQL engine runs them unchanged.
import type { SqlRunner } from '../../store/index.js';

export interface DocRef {
  doc: number;
  title: string | null;
  outlet: string | null;
  language: string | null;
  published: string | null;
  url: string | null;
}

export interface Count {
  key: string | null;
  count: number;
}

export interface WeekCount {
  week: string;
  count: number;
}

export const DOC_COLUMNS = 'd.id AS doc, d.title, d.outlet, d.language, d.published, d.url';

/** Earliest first: by publication date where known (undated last), then by the order they were stored. */
export const EARLIEST = 'CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published, d.id';

export function marks(n: number): string {
  return Array.from({ length: Math.max(n, 1) }, () => '?').join(', ');
}

export async function docRefs(db: SqlRunner, ids: number[]): Promise<Map<number, DocRef>> {
  if (!ids.length) return new Map();
  const rows = await db.all<DocRef>(`SELECT ${DOC_COLUMNS} FROM documents d WHERE d.id IN (${marks(ids.length)})`, ids);
  return new Map(rows.map((r) => [r.doc, r]));
}

/** Parses a positive integer option (limits), with a default. */
export function limitOf(value: number | undefined, fallback: number, max = 10_000): number {
  return value && Number.isFinite(value) && value > 0 ? Math.min(Math.floor(value), max) : fallback;
}
