// Connecting to PostgreSQL safely: the URL checked, every failure named plainly, and a database that holds another
// application's tables (or a newer claimtrail's) refused before anything is written to it.
import pg from 'pg';
import { ClaimtrailError } from '../../core/errors.js';
import { LATEST_VERSION } from '../migrations.js';
import { openError } from './errors.js';
import { hidePassword } from './url.js';

/** BIGINT (count(*), ids) and NUMERIC (sum of BIGINT) as numbers, as SQLite gives them: ids stay below 2^53. */
const NUMBER_OIDS = new Set([20, 1700]);
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (NUMBER_OIDS.has(oid) && format !== 'binary') return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export interface PoolOptions {
  /** Connections at most (default CLAIMTRAIL_PG_POOL, else 10). */
  max?: number;
  readonly?: boolean;
  /** application_name, seen in pg_stat_activity. */
  name?: string;
}

/** Checks the URL's shape before the driver sees it: a typo gets a clear message, not a connection to somewhere else. */
export function checkUrl(url: string): void {
  const location = hidePassword(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ClaimtrailError('STORE_ENGINE', { input: location, detail: 'not a valid database URL. Write it as postgres://USER:PASSWORD@HOST:5432/DATABASE' });
  }
  if (!u.hostname && !u.searchParams.get('host')) throw new ClaimtrailError('STORE_ENGINE', { input: location, detail: 'the URL names no host. Write it as postgres://USER:PASSWORD@HOST:5432/DATABASE' });
  if (u.port && !(Number(u.port) > 0 && Number(u.port) < 65536)) throw new ClaimtrailError('STORE_ENGINE', { input: location, detail: `"${u.port}" is not a port number` });
}

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  checkUrl(url);
  const max = options.max ?? (Number(process.env.CLAIMTRAIL_PG_POOL) || 10);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: options.name ?? 'claimtrail',
    connectionTimeoutMillis: 15_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    types,
    ...(options.readonly ? { options: '-c default_transaction_read_only=on' } : {}),
  });
  // An idle connection that breaks (a server restart) is dropped from the pool; the next query opens another. Without
  // a listener the pool's 'error' event would end the process.
  pool.on('error', () => {});
  // And a client whose connection breaks while checked out: its query rejects, which is what callers see.
  pool.on('connect', (client) => void client.on('error', () => {}));
  return pool;
}

/** The schema version of a claimtrail database, 0 for an empty one; refuses anything else. */
export async function identify(client: pg.ClientBase, location: string): Promise<number> {
  const meta = await client.query<{ ok: boolean }>("SELECT to_regclass('meta') IS NOT NULL AS ok");
  if (!meta.rows[0].ok) {
    const tables = await client.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1 LIMIT 6');
    if (!tables.rows.length) return 0;
    throw new ClaimtrailError('STORE_NOT_OURS', { input: location, detail: `a database of another application (tables: ${tables.rows.slice(0, 5).map((r) => r.name).join(', ')})` });
  }
  let rows: { key: string; value: string | null }[];
  try {
    rows = (await client.query<{ key: string; value: string | null }>("SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')")).rows;
  } catch (error) {
    throw new ClaimtrailError('STORE_NOT_OURS', { input: location, detail: `its "meta" table is not claimtrail's (${(error as Error).message})` });
  }
  const get = (k: string) => rows.find((r) => r.key === k)?.value;
  if (get('application') !== 'claimtrail') throw new ClaimtrailError('STORE_NOT_OURS', { input: location, detail: `a database of another application (its meta table names ${get('application') ? `"${get('application')}"` : 'no application'})` });
  const version = Number(get('schema_version') ?? 0);
  if (!Number.isInteger(version) || version < 0) throw new ClaimtrailError('STORE_NOT_OURS', { input: location, detail: `its schema version "${get('schema_version')}" is not a number` });
  if (version > LATEST_VERSION) throw new ClaimtrailError('STORE_NEWER', { input: location, detail: String(version), limit: String(LATEST_VERSION) });
  return version;
}

/** A first connection, with the failure said plainly (refused, wrong password, no such database …). */
export async function connect(pool: pg.Pool, url: string): Promise<pg.PoolClient> {
  try {
    return await pool.connect();
  } catch (error) {
    throw openError(error, url, hidePassword(url));
  }
}
