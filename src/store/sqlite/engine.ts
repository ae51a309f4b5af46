// The default engine: one SQLite file (better-sqlite3, WAL, FTS5), created and migrated on first use.
import type { Statement } from 'better-sqlite3';
import { ClaimtrailError } from '../../core/errors.js';
import { LATEST_VERSION, pendingMigrations } from '../migrations.js';
import { type OpenOptions, type Row, type SqlRunner, type SqlValue, type Store, type TextHit, type TextSearch } from '../types.js';
import { APPLICATION_ID, openSqlite, type SqliteDb } from './open.js';
import { ftsQuery, phraseCount, RANGED_SNIPPETS_FROM, searchSql, snippetSql, totals } from './fts.js';

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly version: number;
  private readonly statements = new Map<string, Statement>();
  private inTransaction = false;

  private constructor(
    private readonly db: SqliteDb,
    readonly location: string,
    version: number,
  ) {
    this.version = version;
  }

  static open(path: string, options: OpenOptions = {}): SqliteStore {
    const { db, version } = openSqlite(path, options);
    try {
      if (version < LATEST_VERSION) {
        if (options.readonly) throw new ClaimtrailError('STORE_ENGINE', { input: path, detail: `its schema version ${version} needs migrating; open it once for writing (e.g. run "claimtrail ingest" on it).` });
        migrate(db, version);
      }
    } catch (error) {
      db.close();
      throw error;
    }
    return new SqliteStore(db, path, LATEST_VERSION);
  }

  private prepare(sql: string): Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }

  async all<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return this.prepare(sql).all(...bind(params)) as T[];
  }

  async get<T extends object = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...bind(params)) as T | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
    return { changes: this.prepare(sql).run(...bind(params)).changes };
  }

  async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    if (this.inTransaction) throw new Error('store: nested transaction');
    // BEGIN first: when it fails (SQLITE_BUSY from another writer, a closed store) no transaction is open, and the
    // store must not stay marked as inside one (every later write would fail as nested).
    this.db.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    try {
      const result = await fn(this);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.inTransaction = false;
    }
  }

  async indexText(tx: SqlRunner, doc: number, title: string, text: string): Promise<void> {
    await tx.run('INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)', [doc, title, text]);
  }

  async unindexText(tx: SqlRunner, doc: number): Promise<void> {
    // External-content FTS5 forgets terms only through its 'delete' command given the old values.
    await tx.run("INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', id, title, text FROM document_texts WHERE id = ?", [doc]);
  }

  async searchText(search: TextSearch): Promise<{ total: number; more: boolean; rankedOnly: number | null; hits: TextHit[] }> {
    const match = ftsQuery(search.query);
    if (!match) return { total: 0, more: false, rankedOnly: null, hits: [] };
    // The newest RANK_CAP matches ranked, the page of them and their number in one statement (fts.ts).
    const { rankedSql, params } = searchSql(search);
    const offset = search.offset ?? 0;
    const placed = this.prepare(rankedSql).all(match, ...params, offset, offset + (search.limit ?? 20)) as { doc: number; rank: number; n: number; pos: number }[];
    const candidates = placed[0]?.n ?? 0;
    const ranked = placed.filter((r) => r.pos > offset);
    const counts = totals(candidates);
    if (!ranked.length) return { ...counts, hits: [] };
    const ids = ranked.map((r) => r.doc);
    const ranged = phraseCount(match) >= RANGED_SNIPPETS_FROM;
    const bounds = ranged ? [Math.min(...ids), Math.max(...ids)] : [];
    const snippets = this.prepare(snippetSql(ids.length, ranged)).all(match, ...bounds, ...ids) as { doc: number; snippet: string }[];
    const byDoc = new Map(snippets.map((s) => [s.doc, s.snippet]));
    return { ...counts, hits: ranked.map((r) => ({ doc: r.doc, rank: r.rank, snippet: byDoc.get(r.doc) ?? '' })) };
  }

  async close(): Promise<void> {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

function migrate(db: SqliteDb, from: number): void {
  const columnsOf = (table: string) => new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  for (const step of pendingMigrations('sqlite', from, columnsOf)) {
    // IMMEDIATE, and the version read again inside: two processes opening a new store at once migrate it once.
    db.transaction(() => {
      if (currentVersion(db) >= step.version) return;
      for (const statement of step.statements()) db.exec(statement);
      db.prepare("INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(step.version));
      db.prepare("INSERT INTO meta (key, value) VALUES ('application', 'claimtrail') ON CONFLICT (key) DO NOTHING").run();
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
}

function currentVersion(db: SqliteDb): number {
  const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
  if (!hasMeta) return 0;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/** better-sqlite3 binds Buffers, not bare Uint8Arrays. */
function bind(params: readonly SqlValue[]): unknown[] {
  return params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
}
