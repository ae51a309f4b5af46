// The scale benchmark's large corpus, made fast: a base of real analysed articles is stored the ordinary way, then
// cloned inside PostgreSQL with INSERT … SELECT over generate_series — every row of every table, with new ids,
// identities and dates, the search vectors copied — until the corpus has the size asked for. Views then run on a
// corpus whose rows look like analysed news (quotes, claims and clusters, entities, techniques, narratives).
import { tables } from '../src/store/schema.js';
import type { PostgresStore } from '../src/store/postgres/engine.js';

/** Copies of the base made per statement (bounds the size of one transaction). */
const STEP = 20;
/** Tables cloned, each row once per copy; the rest (entities, clusters, narratives…) are shared by the copies. */
const CLONED = ['documents', 'document_texts', 'sources', 'doc_entities', 'quotes', 'claims', 'techniques', 'doc_narratives', 'narrative_evidence'];
const shift = (col: string) => `CASE WHEN x.${col} ~ '^\\d{4}-\\d{2}-\\d{2}' THEN to_char(left(x.${col}, 10)::date + (k % 700), 'YYYY-MM-DD') || substr(x.${col}, 11) ELSE x.${col} END`;

/** The value of a column in copy k: new ids and keys, dates moved by k days (a copy is another day's news). */
function cloned(table: string, col: string, docs: number, ids: number): string {
  if (col === 'id') return table === 'document_texts' || table === 'documents' ? `x.id + k * ${docs}` : `x.id + k * ${ids}`;
  if (col === 'doc' || col === 'dup_group') return `x.${col} + k * ${docs}`;
  if (col === 'identity' || (table === 'sources' && col === 'key')) return `x.${col} || '#' || k`;
  if (col === 'url') return `x.url || '?copy=' || k`;
  if (col === 'published' || col === 'published_sort') return shift(col);
  if (col === 'published_week') return `CASE WHEN x.published ~ '^\\d{4}-\\d{2}-\\d{2}' THEN to_char(date_trunc('week', (left(x.published, 10)::date + (k % 700))::timestamp), 'YYYY-MM-DD') ELSE x.published_week END`;
  return `x.${col}`;
}

export async function cloneCorpus(store: PostgresStore, copies: number, onStep?: (done: number) => void): Promise<void> {
  const docs = (await store.get<{ m: number }>('SELECT max(id) AS m FROM documents'))?.m ?? 0;
  const maxId: Record<string, number> = {};
  for (const t of CLONED) if (tables[t].columns.some((c) => c.type === 'id')) maxId[t] = (await store.get<{ m: number }>(`SELECT max(id) AS m FROM ${t}`))?.m ?? 0;
  for (let from = 1; from < copies; from += STEP) {
    const to = Math.min(from + STEP - 1, copies - 1);
    await store.transaction(async (tx) => {
      for (const t of CLONED) {
        const cols = tables[t].columns.map((c) => c.name);
        if (t === 'document_texts') cols.push('search');
        const values = cols.map((c) => cloned(t, c, docs, maxId[t] ?? 0));
        const base = t === 'documents' || t === 'document_texts' ? `x.id <= ${docs}` : t === 'sources' ? `x.doc <= ${docs}` : maxId[t] ? `x.id <= ${maxId[t]}` : `x.doc <= ${docs}`;
        await tx.run(`INSERT INTO ${t} (${cols.join(', ')}) SELECT ${values.join(', ')} FROM ${t} x, generate_series(${from}, ${to}) AS k WHERE ${base}`);
      }
    });
    onStep?.(to + 1);
  }
  for (const t of Object.keys(maxId)) await store.run(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  await store.run("INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
  await store.run('ANALYZE');
}
