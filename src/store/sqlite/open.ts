// Opening a SQLite file safely: a file that is not SQLite, an SQLite database of another application, or one
// from a newer claimtrail is refused before anything is written to it.
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ClaimtrailError } from '../../core/errors.js';
import { LATEST_VERSION } from '../migrations.js';

/** PRAGMA application_id of claimtrail stores: "ClTr". */
export const APPLICATION_ID = 0x436c5472;
const HEADER = 'SQLite format 3\0';

export type SqliteDb = Database.Database;

export interface Opened {
  db: SqliteDb;
  /** Schema version found (0 for a new, empty file). */
  version: number;
}

export function openSqlite(path: string, options: { mustExist?: boolean; readonly?: boolean; cacheMb?: number }): Opened {
  const exists = path !== ':memory:' && existsSync(path);
  if (!exists && (options.mustExist || options.readonly) && path !== ':memory:') throw new ClaimtrailError('STORE_NOT_FOUND', { input: path });
  if (exists) checkHeader(path);
  let db: SqliteDb;
  try {
    db = new Database(path, { readonly: !!options.readonly, fileMustExist: !!options.readonly });
  } catch (error) {
    // SQLite's "unable to open database file" says nothing of why: the usual causes, and what to do
    const hint = (error as { code?: string }).code === 'SQLITE_CANTOPEN' && !options.readonly ? '. Check that its folder exists and this user may write in it, or give another --db path.' : '';
    throw new ClaimtrailError('STORE_ENGINE', { input: path, detail: `${(error as Error).message}${hint}` }, { cause: error });
  }
  try {
    // SQLite opens a file it may not write read-only without a word: the first write, deep in an ingest or a
    // server request, would fail instead. Refused here, naming the file and what to do.
    if (!options.readonly && exists && !writable(path)) throw readOnly(path);
    const version = identify(db, path);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a killed process loses nothing committed; only a power cut may lose the last transactions.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('busy_timeout = 10000');
    db.pragma(`cache_size = -${Math.round((options.cacheMb ?? 64) * 1024)}`);
    db.pragma('temp_store = MEMORY');
    return { db, version };
  } catch (error) {
    db.close();
    // In a folder this user may not write, the first read of a WAL store fails too: its -shm file cannot be made.
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      if (!options.readonly) throw readOnly(path, error);
      // Even a reader of a WAL store makes its -shm file beside it: a folder this user may not write stops it.
      throw new ClaimtrailError('STORE_ENGINE', { input: path, detail: 'SQLite must create its -shm file beside this store even to read it, and this user may not write its folder. Copy the store (with its -wal file, if any) to a folder you may write in, or ask its owner to make the folder writable' }, { cause: error });
    }
    throw error;
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK); // the file's mode and owner, and a read-only mount
    return true;
  } catch {
    return false;
  }
}

function readOnly(path: string, cause?: unknown): ClaimtrailError {
  const detail = 'this user may not write it or its folder (SQLite keeps its -wal and -shm files beside it). Check the permissions of both, or copy the store to a folder you may write in and give that --db path';
  return new ClaimtrailError('STORE_ENGINE', { input: path, detail }, cause === undefined ? undefined : { cause });
}

function checkHeader(path: string): void {
  const stat = statSync(path);
  if (stat.isDirectory()) throw new ClaimtrailError('STORE_NOT_OURS', { input: path, detail: `a folder, not a file; give a file path such as ${path.replace(/\/+$/, '')}/corpus.sqlite` });
  if (stat.size === 0) return; // an empty file: SQLite treats it as a new database
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(16);
  try {
    readSync(fd, buf, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (buf.toString('latin1') !== HEADER) throw new ClaimtrailError('STORE_NOT_OURS', { input: path, detail: 'not an SQLite database' });
}

/** The schema version of a claimtrail store, 0 for an empty database; refuses anything else. */
function identify(db: SqliteDb, path: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
  if (appId !== APPLICATION_ID) {
    if (!tables.length && appId === 0) return 0;
    const detail = appId ? `an SQLite database with application id ${appId}` : `an SQLite database of another application (tables: ${tables.slice(0, 5).join(', ')})`;
    throw new ClaimtrailError('STORE_NOT_OURS', { input: path, detail });
  }
  if (!tables.includes('meta')) return 0;
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  const version = row ? Number(row.value) : 0;
  if (!Number.isInteger(version) || version < 0) throw new ClaimtrailError('STORE_NOT_OURS', { input: path, detail: `its schema version "${row?.value}" is not a number` });
  if (version > LATEST_VERSION) throw new ClaimtrailError('STORE_NEWER', { input: path, detail: String(version), limit: String(LATEST_VERSION) });
  return version;
}
