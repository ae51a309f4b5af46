// `claimtrail migrate`: copies a SQLite corpus into PostgreSQL, table by table in key ranges, each range in one
// transaction with a note of how far it got, so an interrupted copy resumes where it stopped. At the end every
// table is compared — row counts, and a checksum of every row's content — and any difference is reported.
import { createHash } from 'node:crypto';
import { ClaimtrailError } from '../../core/errors.js';
import { tables, type Table } from '../schema.js';
import { catalogueTables } from '../catalogues/schema.js';
import type { SqlValue, Store } from '../types.js';
import type { PostgresStore } from './engine.js';

export interface CopyProgress {
  table: string;
  rows: number;
}

export interface CopySummary {
  tables: { table: string; rows: number; checksum: string }[];
  copied: number;
  resumed: boolean;
  seconds: number;
}

/** The column that splits a table into ranges: its id, the first column of its key, or the document it belongs to. */
function rangeColumn(t: Table): string {
  if (t.columns.some((c) => c.name === 'id' && c.type === 'id')) return 'id';
  if (t.primaryKey) return t.primaryKey[0];
  if (t.columns.some((c) => c.name === 'doc')) return 'doc';
  throw new Error(`table ${t.name} has no column to copy it by`);
}

const COPIED = tables.meta.name;
/** Every table: version 1's, then those later versions add. */
const ALL_TABLES = [...Object.values(tables), ...catalogueTables];
const pageOf = (t: Table) => (t.name === 'document_texts' ? 200 : 2000);
const progressKey = (t: string) => `migrate:${t}`;

/** Ranges of at most `page` rows (more where one value repeats): (after, upTo]. */
async function* ranges(source: Store, t: Table, after: SqlValue | null): AsyncGenerator<{ after: SqlValue | null; upTo: SqlValue }> {
  const col = rangeColumn(t);
  let from = after;
  for (;;) {
    const where = from === null ? '' : `WHERE ${col} > ?`;
    const row = await source.get<{ b: SqlValue }>(`SELECT max(${col}) AS b FROM (SELECT ${col} FROM ${t.name} ${where} ORDER BY ${col} LIMIT ${pageOf(t)}) s`, from === null ? [] : [from]);
    if (!row || row.b === null || row.b === undefined) return;
    yield { after: from, upTo: row.b };
    from = row.b;
  }
}

function rangeWhere(col: string, r: { after: SqlValue | null; upTo: SqlValue }): { sql: string; params: SqlValue[] } {
  return r.after === null ? { sql: `${col} <= ?`, params: [r.upTo] } : { sql: `${col} > ? AND ${col} <= ?`, params: [r.after, r.upTo] };
}

export async function copyCorpus(source: Store, target: PostgresStore, onProgress?: (p: CopyProgress) => void): Promise<CopySummary> {
  const started = performance.now();
  const origin = await sourceMark(source);
  const mark = await target.get<{ value: string }>("SELECT value FROM meta WHERE key = 'migrated_from'");
  if (mark && mark.value !== origin) throw new ClaimtrailError('STORE_ENGINE', { input: target.location, detail: `a copy of another corpus (or of this one before it changed) was begun here (${mark.value}); copy into an empty database` });
  if (!mark) {
    const used = await target.get<{ n: number }>('SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM sources) AS n');
    if (used?.n) throw new ClaimtrailError('STORE_ENGINE', { input: target.location, detail: 'it already holds a corpus; migrate copies into an empty database' });
    await target.run("INSERT INTO meta (key, value) VALUES ('migrated_from', ?)", [origin]);
  }
  let copied = 0;
  for (const t of ALL_TABLES) {
    if (t.name === COPIED) continue;
    const col = rangeColumn(t);
    const names = t.columns.map((c) => c.name);
    const done = await target.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [progressKey(t.name)]);
    if (done?.value === 'done') continue;
    let after = done ? (JSON.parse(done.value) as SqlValue) : null;
    for await (const r of ranges(source, t, after)) {
      const w = rangeWhere(col, r);
      const rows = await source.all<Record<string, SqlValue>>(`SELECT ${names.join(', ')} FROM ${t.name} WHERE ${w.sql}`, w.params);
      await target.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += 500) {
          const chunk = rows.slice(i, i + 500);
          const marks = chunk.map(() => `(${names.map(() => '?').join(', ')})`).join(', ');
          await tx.run(`INSERT INTO ${t.name} (${names.join(', ')}) VALUES ${marks}`, chunk.flatMap((row) => names.map((n) => row[n] ?? null)));
        }
        if (t.name === 'document_texts') await indexRange(tx, w);
        await tx.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [progressKey(t.name), JSON.stringify(r.upTo)]);
      });
      copied += rows.length;
      after = r.upTo;
      onProgress?.({ table: t.name, rows: copied });
    }
    if (t.columns.some((c) => c.type === 'id')) await target.run(`SELECT setval(pg_get_serial_sequence('${t.name}', 'id'), (SELECT max(id) FROM ${t.name})) WHERE EXISTS (SELECT 1 FROM ${t.name})`);
    await target.run("INSERT INTO meta (key, value) VALUES (?, 'done') ON CONFLICT (key) DO UPDATE SET value = excluded.value", [progressKey(t.name)]);
  }
  // The source's own notes (when it was last written, when its summaries were built) come last: the copy is whole.
  for (const m of await source.all<{ key: string; value: string | null }>("SELECT key, value FROM meta WHERE key NOT IN ('schema_version', 'application')")) {
    await target.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [m.key, m.value]);
  }
  const compared = await compare(source, target);
  return { tables: compared, copied, resumed: !!mark, seconds: (performance.now() - started) / 1000 };
}

/** The search vectors of the copied texts, each in its document's language (as indexText builds them). */
async function indexRange(tx: { run(sql: string, params?: readonly SqlValue[]): Promise<unknown> }, w: { sql: string; params: SqlValue[] }): Promise<void> {
  await tx.run(
    `UPDATE document_texts t SET search = setweight(to_tsvector(claimtrail_ts_config(d.language), t.title), 'A') || setweight(to_tsvector(claimtrail_ts_config(d.language), left(t.text, 400000)), 'B')
     FROM documents d WHERE d.id = t.id AND ${w.sql.replace(/\bid\b/g, 't.id')}`,
    w.params,
  );
}

/** What identifies the source as it is now: its path and when it was last written. */
async function sourceMark(source: Store): Promise<string> {
  const updated = await source.get<{ value: string }>("SELECT value FROM meta WHERE key = 'updated_at'");
  return `${source.location} @ ${updated?.value ?? 'never written'}`;
}

/** Per table: the same number of rows and the same checksum of their content on both sides. */
export async function compare(source: Store, target: Store): Promise<{ table: string; rows: number; checksum: string }[]> {
  const out: { table: string; rows: number; checksum: string }[] = [];
  const problems: string[] = [];
  for (const t of ALL_TABLES) {
    if (t.name === COPIED) continue;
    const [a, b] = [await tableSum(source, t), await tableSum(target, t)];
    if (a.rows !== b.rows) problems.push(`${t.name}: ${a.rows} rows in the source, ${b.rows} in the copy`);
    else if (a.sum !== b.sum) problems.push(`${t.name}: the same ${a.rows} rows in number, but their content differs`);
    out.push({ table: t.name, rows: a.rows, checksum: a.sum });
  }
  if (problems.length) throw new ClaimtrailError('MIGRATE_MISMATCH', { input: source.location, limit: target.location, detail: problems.join('; ') });
  return out;
}

/** An order-free checksum: the sum, mod 2^64, of a hash of every row (values in schema order, bytes as hex). */
async function tableSum(store: Store, t: Table): Promise<{ rows: number; sum: string }> {
  const col = rangeColumn(t);
  const names = t.columns.map((c) => c.name);
  let sum = 0n;
  let rows = 0;
  for await (const r of ranges(store, t, null)) {
    const w = rangeWhere(col, r);
    for (const row of await store.all<Record<string, SqlValue>>(`SELECT ${names.join(', ')} FROM ${t.name} WHERE ${w.sql}`, w.params)) {
      const canonical = JSON.stringify(names.map((n) => {
        const v = row[n];
        return v instanceof Uint8Array ? `x${Buffer.from(v).toString('hex')}` : v ?? null;
      }));
      sum = (sum + createHash('sha256').update(canonical).digest().readBigUInt64BE(0)) & 0xffffffffffffffffn;
      rows++;
    }
  }
  return { rows, sum: sum.toString(16).padStart(16, '0') };
}
