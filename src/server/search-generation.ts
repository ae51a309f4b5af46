// The store's generation: a value that changes whenever a write is committed, so kept search answers
// (search-cache.ts) are dropped by any ingest, delete or re-scoring, from this server or another process.
//
// A SQLite file: PRAGMA data_version on a read-only connection of our own. It changes whenever another connection
// commits (the server's own writing connection included) and never for uncommitted work; reading it costs
// microseconds. Anything else (PostgreSQL, an in-memory SQLite store): the store's updated_at, which every write
// path (ingest batches, deletes, re-scoring) sets in the same transaction as its rows.
import type { Statement } from 'better-sqlite3';
import { openSqlite, type SqliteDb } from '../store/sqlite/open.js';
import type { Store } from '../store/index.js';

export interface Generation {
  read(): Promise<string>;
  close(): void;
}

export function storeGeneration(store: Store): Generation {
  if (store.engine === 'sqlite' && store.location !== ':memory:') {
    let db: SqliteDb | null = null;
    // Prepared once: db.pragma() prepares its statement at every call, twice per request (3 % of the server's main
    // thread under the bench's load).
    let version: Statement | null = null;
    return {
      async read() {
        if (!db || !version) {
          db = openSqlite(store.location, { readonly: true, cacheMb: 0.25 }).db; // reads data_version only
          version = db.prepare('PRAGMA data_version').pluck();
        }
        return `v${String(version.get())}`;
      },
      close() {
        db?.close();
        db = null;
        version = null;
      },
    };
  }
  return {
    async read() {
      const row = await store.get<{ value: string | null }>("SELECT value FROM meta WHERE key = 'updated_at'");
      return `u${row?.value ?? ''}`;
    },
    close() {},
  };
}
