// Opens a store by location: a path is a SQLite file (the default); a postgres:// URL is the PostgreSQL engine.
import { isPostgresUrl } from './postgres/url.js';
import { SqliteStore } from './sqlite/engine.js';
import type { OpenOptions, Store } from './types.js';

export type { Engine, OpenOptions, Row, SqlRunner, SqlValue, Store, TextHit, TextSearch } from './types.js';
export { TOTAL_CAP } from './types.js';
export { LATEST_VERSION } from './migrations.js';

/** The store location from `--db`, else CLAIMTRAIL_DB, else none. */
export function storeLocation(given: string | undefined): string | undefined {
  return given ?? (process.env.CLAIMTRAIL_DB || undefined);
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    // Loaded only when asked for: a SQLite user never loads the PostgreSQL driver.
    const { PostgresStore } = await import('./postgres/engine.js');
    return PostgresStore.open(location, options);
  }
  return SqliteStore.open(location, options);
}

/** A database URL fit to print: the password replaced by ***. */
export { hidePassword } from './postgres/url.js';
