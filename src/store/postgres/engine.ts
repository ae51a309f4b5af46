// The PostgreSQL engine (`pg`): the same Store as SQLite, for corpora that outgrow one file or one machine.
// Portable SQL is rewritten once per statement (`?` → `$n`) and prepared per connection; each transaction holds
// one pooled connection; full-text search is a tsvector per document in its language's configuration.
import type pg from 'pg';
import { ClaimtrailError } from '../../core/errors.js';
import { LATEST_VERSION, pendingMigrations } from '../migrations.js';
import { RANK_CAP, TOTAL_CAP, type OpenOptions, type Row, type SqlRunner, type SqlValue, type Store, type TextHit, type TextSearch } from '../types.js';
import { runError } from './errors.js';
import { HEADLINE_OPTIONS, RANK_WEIGHTS, compile, filters, ownQuery, parseSql, queryTerms, withEllipses } from './fts.js';
import { connect, createPool, identify, type PoolOptions } from './open.js';
import { bindValues, StatementCache } from './sql.js';
import { hidePassword } from './url.js';

/** Key of the advisory lock held while migrating: processes starting together on a new database migrate it once. */
const MIGRATION_LOCK = 0x436c5472;
/** Characters of a document indexed for search: a tsvector holds at most 1 MB. */
const INDEXED_CHARS = 400_000;

type Queryable = pg.Pool | pg.PoolClient;

class Runner implements SqlRunner {
  constructor(
    private readonly db: Queryable,
    private readonly statements: StatementCache,
    private readonly fail: (error: unknown) => unknown,
  ) {}

  private async query<T extends object>(sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    const p = this.statements.get(sql);
    try {
      return await this.db.query<T & pg.QueryResultRow>({ text: p.text, name: p.name, values: bindValues(params) });
    } catch (error) {
      throw this.fail(error);
    }
  }

  async all<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return (await this.query<T>(sql, params)).rows;
  }

  async get<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return (await this.query<T>(sql, params)).rows[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return { changes: (await this.query(sql, params)).rowCount ?? 0 };
  }
}

export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly version = LATEST_VERSION;
  readonly location: string;
  private readonly statements = new StatementCache();
  private readonly runner: Runner;
  private closed = false;

  private constructor(
    readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    this.location = hidePassword(url);
    this.runner = new Runner(pool, this.statements, (e) => runError(e, url, this.location));
  }

  static async open(url: string, options: OpenOptions & { pool?: PoolOptions } = {}): Promise<PostgresStore> {
    const location = hidePassword(url);
    const pool = createPool(url, { ...options.pool, readonly: options.readonly });
    try {
      const client = await connect(pool, url);
      try {
        const version = await identify(client, location);
        if (version === 0 && (options.mustExist || options.readonly)) throw new ClaimtrailError('STORE_NOT_FOUND', { input: location });
        if (version < LATEST_VERSION) {
          if (options.readonly) throw new ClaimtrailError('STORE_ENGINE', { input: location, detail: `its schema version ${version} needs migrating; open it once for writing (e.g. run "claimtrail migrate" or "claimtrail ingest" on it).` });
          await migrate(client, location);
        }
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => {});
      throw error;
    }
    return new PostgresStore(pool, url);
  }

  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.runner.all<T>(sql, params);
  }

  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.runner.get<T>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }> {
    return this.runner.run(sql, params);
  }

  async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const fail = (e: unknown) => runError(e, this.url, this.location);
    const client = await this.pool.connect().catch((e: unknown) => Promise.reject(fail(e)));
    let broken: Error | undefined;
    // A checked-out client whose connection breaks emits 'error'; unheard, that would end the process.
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await fn(new Runner(client, this.statements, fail));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that broke mid-transaction is gone with its transaction: PostgreSQL rolled it back.
      if (!broken) await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw fail(error);
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  /**
   * Runs `fn` holding session advisory locks on `keys` (taken in order, so two holders never deadlock), on a
   * connection of its own: other processes asking for any of the same keys wait until `fn` ends. A killed process
   * loses its session, and with it its locks.
   */
  async withLocks<T>(keys: readonly number[], fn: () => Promise<T>): Promise<T> {
    if (!keys.length) return fn();
    const fail = (e: unknown) => runError(e, this.url, this.location);
    const client = await this.pool.connect().catch((e: unknown) => Promise.reject(fail(e)));
    let broken: Error | undefined;
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    try {
      const sorted = [...new Set(keys)].sort((a, b) => a - b).map(String);
      await client.query('SELECT count(pg_advisory_lock(k)) FROM (SELECT unnest($1::bigint[]) AS k ORDER BY 1) s', [sorted]).catch((e: unknown) => Promise.reject(fail(e)));
      return await fn();
    } finally {
      if (!broken) await client.query('SELECT pg_advisory_unlock_all()').catch((e: Error) => (broken = e));
      client.off('error', onError);
      client.release(broken);
    }
  }

  /** Runs `fn` if no other process holds the session lock `key` (and returns true), else returns false at once. */
  async withTryLock(key: number, fn: () => Promise<void>): Promise<boolean> {
    const fail = (e: unknown) => runError(e, this.url, this.location);
    const client = await this.pool.connect().catch((e: unknown) => Promise.reject(fail(e)));
    let broken: Error | undefined;
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    try {
      const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [key]).catch((e: unknown) => Promise.reject(fail(e)));
      if (!got.rows[0]?.ok) return false;
      try {
        await fn();
      } finally {
        if (!broken) await client.query('SELECT pg_advisory_unlock($1)', [key]).catch((e: Error) => (broken = e));
      }
      return true;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async indexText(tx: SqlRunner, doc: number, title: string, text: string): Promise<void> {
    await tx.run(
      `UPDATE document_texts t SET search = setweight(to_tsvector(c.cfg, ?), 'A') || setweight(to_tsvector(c.cfg, ?), 'B')
       FROM (SELECT claimtrail_ts_config(language) AS cfg FROM documents WHERE id = ?) c WHERE t.id = ?`,
      [title, text.length > INDEXED_CHARS ? text.slice(0, INDEXED_CHARS) : text, doc, doc],
    );
  }

  async unindexText(_tx: SqlRunner, _doc: number): Promise<void> {
    // The tsvector is a column of the document_texts row: it goes with the row.
  }

  async searchText(search: TextSearch): Promise<{ total: number; more: boolean; rankedOnly: number | null; hits: TextHit[] }> {
    const terms = queryTerms(search.query);
    if (!terms.length) return { total: 0, more: false, rankedOnly: null, hits: [] };
    const parsed = parseSql(terms);
    const compiled = compile(await this.all<{ config: string; q: string }>(parsed.sql, parsed.params));
    if (!compiled) return { total: 0, more: false, rankedOnly: null, hits: [] };
    const own = ownQuery(compiled);
    const f = filters(search);
    const where = ['t.search @@ ?::tsquery', `t.search @@ ${own.sql}`, ...f.where].join(' AND ');
    const params = [compiled.any, ...own.params, ...f.params];
    const from = 'FROM document_texts t JOIN documents d ON d.id = t.id';
    // As in the SQLite engine (sqlite/fts.ts): the newest RANK_CAP matches ranked, one more read to know there are
    // more, the page and their number in one statement (row 1 always comes, for n; dropped unless on the page).
    // ts_rank over every match of a common word read and ranked tens of thousands of vectors per search.
    const offset = search.offset ?? 0;
    const candidates = `SELECT d.id, d.language, t.search ${from} WHERE ${where} ORDER BY d.id DESC LIMIT ${RANK_CAP + 1}`;
    const counted = `SELECT d.id AS doc, -ts_rank(${RANK_WEIGHTS}::float4[], d.search, ${own.sql}) AS rank, count(*) OVER () AS n, row_number() OVER (ORDER BY d.id DESC) AS age FROM (${candidates}) d`;
    const placed = await this.all<{ doc: number; rank: number; n: number; pos: number }>(
      // Negated, so that lower is better as with bm25 in the SQLite engine; ties in id order.
      `SELECT doc, rank, n, pos FROM (SELECT doc, rank, n, row_number() OVER (ORDER BY rank, doc) AS pos FROM (${counted}) c WHERE age <= ${RANK_CAP}) p WHERE pos = 1 OR (pos > ? AND pos <= ?) ORDER BY pos`,
      [...own.params, ...params, offset, offset + (search.limit ?? 20)],
    );
    const candidatesRead = Number(placed[0]?.n ?? 0);
    const total = Math.min(candidatesRead, TOTAL_CAP);
    const more = candidatesRead > TOTAL_CAP;
    const rankedOnly = candidatesRead > RANK_CAP ? RANK_CAP : null;
    const ranked = placed.filter((r) => Number(r.pos) > offset);
    if (!ranked.length) return { total, more, rankedOnly, hits: [] };
    const snippets = await this.all<{ doc: number; h: string; at: number; len: number }>(
      `SELECT doc, h, strpos(text, replace(replace(h, '«', ''), '»', '')) AS at, length(text) AS len FROM (
         SELECT d.id AS doc, t.text, ts_headline(claimtrail_ts_config(d.language), t.text, ${own.sql}, '${HEADLINE_OPTIONS}') AS h
         ${from} WHERE d.id IN (${ranked.map(() => '?').join(', ')})) s`,
      [...own.params, ...ranked.map((r) => r.doc)],
    );
    const byDoc = new Map(snippets.map((s) => [s.doc, withEllipses(s.h, s.at, s.len)]));
    return { total, more, rankedOnly, hits: ranked.map((r) => ({ doc: r.doc, rank: r.rank, snippet: byDoc.get(r.doc) ?? '' })) };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

async function migrate(client: pg.PoolClient, location: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Read again under the lock: another process may have migrated while this one waited.
    const from = await identify(client, location);
    for (const step of pendingMigrations('postgres', from)) {
      for (const statement of step.statements()) await client.query(statement);
      await client.query("INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [String(step.version)]);
      await client.query("INSERT INTO meta (key, value) VALUES ('application', 'claimtrail') ON CONFLICT (key) DO NOTHING");
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if (error instanceof ClaimtrailError) throw error;
    const e = error as { code?: string; message?: string };
    const hint = e.code === '42501' || /pg_trgm/.test(e.message ?? '') ? ' The user needs the right to create tables here, and the pg_trgm extension (CREATE EXTENSION pg_trgm, once, as a superuser) if it is not trusted.' : '';
    throw new ClaimtrailError('STORE_ENGINE', { input: location, detail: `creating the claimtrail tables failed: ${e.message ?? String(error)}.${hint}` }, { cause: error });
  }
}
