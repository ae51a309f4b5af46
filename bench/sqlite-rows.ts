// A large SQLite corpus, made fast (the SQLite twin of scale-rows.ts): a base of real analysed articles is stored the
// ordinary way, then every row of every per-document table is cloned inside SQLite with INSERT … SELECT over a
// counter — new ids, identities and URLs, dates moved by a day per copy — until the corpus has the size asked for.
// The full-text index is rebuilt and the summaries refreshed, so search and every view read a corpus whose rows
// look like analysed news. Minutes less than analysing 100,000 articles; the texts repeat, one base per copy.
import { refreshSummaries } from '../src/corpus/summaries.js';
import type { SqliteStore } from '../src/store/sqlite/engine.js';
import { tables } from '../src/store/schema.js';

/** Copies made per transaction (bounds the size of one write). */
const STEP = 10;
/** Tables cloned, each row once per copy; the rest (entities, clusters, narratives…) are shared by the copies. */
const CLONED = ['documents', 'document_texts', 'sources', 'doc_entities', 'quotes', 'claims', 'techniques', 'doc_narratives', 'narrative_evidence'];
const DATED = (col: string) => `x.${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;
const shifted = (col: string) => `date(substr(x.${col}, 1, 10), '+' || (k % 700) || ' days')`;

/** The value of a column in copy k: new ids and keys, dates moved by k days (a copy is another day's news). */
function cloned(table: string, col: string, docs: number, ids: number): string {
  if (col === 'id') return table === 'document_texts' || table === 'documents' ? `x.id + k * ${docs}` : `x.id + k * ${ids}`;
  if (col === 'doc' || col === 'dup_group') return `x.${col} + k * ${docs}`;
  if (col === 'identity' || (table === 'sources' && col === 'key') || (table === 'documents' && col === 'doc_id')) return `x.${col} || '#' || k`;
  if (col === 'url') return `x.url || '?copy=' || k`;
  if (col === 'published' || col === 'published_sort') return `CASE WHEN ${DATED(col)} THEN ${shifted(col)} || substr(x.${col}, 11) ELSE x.${col} END`;
  // Monday of the ISO week of the moved date.
  if (col === 'published_week') return `CASE WHEN ${DATED('published')} THEN date(${shifted('published')}, '-6 days', 'weekday 1') ELSE x.published_week END`;
  return `x.${col}`;
}

/** Grows a store of `base` analysed documents (ids 1…base) to `copies` times its size. */
export async function cloneSqliteCorpus(store: SqliteStore, copies: number, onStep?: (done: number) => void): Promise<void> {
  const docs = (await store.get<{ m: number }>('SELECT max(id) AS m FROM documents'))?.m ?? 0;
  const maxId: Record<string, number> = {};
  for (const t of CLONED) if (tables[t].columns.some((c) => c.type === 'id')) maxId[t] = (await store.get<{ m: number | null }>(`SELECT max(id) AS m FROM ${t}`))?.m ?? 0;
  for (let from = 1; from < copies; from += STEP) {
    const to = Math.min(from + STEP - 1, copies - 1);
    await store.transaction(async (tx) => {
      for (const t of CLONED) {
        const cols = tables[t].columns.map((c) => c.name);
        const values = cols.map((c) => cloned(t, c, docs, maxId[t] ?? 0));
        const base = t === 'documents' || t === 'document_texts' ? `x.id <= ${docs}` : t === 'sources' ? `x.doc <= ${docs}` : maxId[t] ? `x.id <= ${maxId[t]}` : `x.doc <= ${docs}`;
        const counter = `WITH RECURSIVE n(k) AS (SELECT ${from} UNION ALL SELECT k + 1 FROM n WHERE k < ${to})`;
        await tx.run(`${counter} INSERT INTO ${t} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${t} x, n WHERE ${base}`);
      }
      // The copies' text into the full-text index (external content: FTS5 indexes only what it is given).
      await tx.run(`INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM document_texts WHERE id > ${from * docs} AND id <= ${(to + 1) * docs}`);
    });
    onStep?.((to + 1) * docs);
  }
  await store.run("INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
  await refreshSummaries(store);
  await store.run('ANALYZE');
}
