// Near-duplicate groups: the earliest publication is the origin, the others are republications (or light edits).
import type { SqlRunner } from '../../store/index.js';
import { DOC_COLUMNS, EARLIEST, limitOf, marks, type DocRef } from './common.js';

export interface DuplicateGroup {
  group: number;
  origin: DocRef;
  republications: (DocRef & { similarity: number | null })[];
}

/** Groups with the most copies first; or the group of one document. */
export async function duplicatesView(db: SqlRunner, query: { doc?: number; limit?: number } = {}): Promise<{ groups: DuplicateGroup[] }> {
  const groups = query.doc
    ? await db.all<{ dup_group: number }>('SELECT dup_group FROM documents WHERE id = ? AND dup_group IS NOT NULL', [query.doc])
    : await db.all<{ dup_group: number }>(`SELECT dup_group FROM documents WHERE dup_group IS NOT NULL GROUP BY dup_group ORDER BY count(*) DESC, dup_group LIMIT ${limitOf(query.limit, 50)}`);
  if (!groups.length) return { groups: [] };
  const ids = groups.map((g) => g.dup_group);
  const rows = await db.all<DocRef & { dup_group: number; dup_similarity: number | null }>(
    `SELECT ${DOC_COLUMNS}, d.dup_group, d.dup_similarity FROM documents d WHERE d.dup_group IN (${marks(ids.length)}) ORDER BY d.dup_group, ${EARLIEST}`,
    ids,
  );
  const out = new Map<number, DuplicateGroup>();
  for (const { dup_group, dup_similarity, ...doc } of rows) {
    const g = out.get(dup_group);
    if (!g) out.set(dup_group, { group: dup_group, origin: doc, republications: [] });
    else g.republications.push({ ...doc, similarity: dup_similarity });
  }
  return { groups: ids.map((id) => out.get(id)).filter((g): g is DuplicateGroup => !!g) };
}
