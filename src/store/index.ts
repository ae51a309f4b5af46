// Opens a store by location: a path is a SQLite file (the default); a postgres:// URL is the PostgreSQL engine.
import { isPostgresUrl } from './postgres/url.js';
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
  // Loaded when asked for too: a PostgreSQL-only install (no better-sqlite3, an optional package) opens its store;
  // where it is missing, the CLI names the package and the npm command (optional-packages.ts).
  const { SqliteStore } = await import('./sqlite/engine.js');
  return SqliteStore.open(location, options);
}

/** A database URL fit to print: the password replaced by ***. */
export { hidePassword } from './postgres/url.js';
