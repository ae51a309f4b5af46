// Opens a store by location: a path is a SQLite file (the default); a postgres:// URL will be the PostgreSQL engine.
import { ClaimtrailError } from '../core/errors.js';
import { SqliteStore } from './sqlite/engine.js';
import type { OpenOptions, Store } from './types.js';

export type { Engine, OpenOptions, Row, SqlRunner, SqlValue, Store, TextHit, TextSearch } from './types.js';
export { LATEST_VERSION } from './migrations.js';

/** The store location from `--db`, else CLAIMTRAIL_DB, else none. */
export function storeLocation(given: string | undefined): string | undefined {
  return given ?? (process.env.CLAIMTRAIL_DB || undefined);
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new ClaimtrailError('STORE_ENGINE', { input: hidePassword(location), detail: 'the PostgreSQL engine is not built yet; use a SQLite file path.' });
  }
  return SqliteStore.open(location, options);
}

/** A database URL fit to print: the password replaced by ***. */
export function hidePassword(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
