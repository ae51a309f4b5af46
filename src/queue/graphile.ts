// The queue engine is graphile-worker (PostgreSQL: SKIP LOCKED to hand out jobs, LISTEN/NOTIFY to wake workers,
// exponential back-off between attempts). This file holds what claimtrail sets for it: the schema, a quiet logger,
// and adding jobs in bulk with SQL inside the caller's transaction.
import { Logger, runMigrations, type LogLevel } from 'graphile-worker';
import type pg from 'pg';
import { INGEST_TASK, MAX_ATTEMPTS, type IngestPayload } from './payload.js';

export const QUEUE_SCHEMA = 'graphile_worker';

/** graphile-worker's messages at warning and above, one line each, through `log`; info too when `verbose`. */
export function queueLogger(log: (line: string) => void, verbose = false): Logger {
  return new Logger(() => (level: LogLevel, message: string) => {
    if (verbose || level === 'error' || level === 'warning') log(`queue ${level}: ${message}`);
  });
}

/** Creates or updates graphile-worker's own schema (it keeps its own version; safe to run from every process). */
export async function migrateQueue(pool: pg.Pool, log: (line: string) => void): Promise<void> {
  await runMigrations({ pgPool: pool, schema: QUEUE_SCHEMA, logger: queueLogger(log) });
}

/**
 * Adds ingest jobs in one statement. The job key is the item key: an item enqueued again while its job waits
 * replaces that job instead of adding a second one.
 */
export async function addIngestJobs(client: pg.ClientBase, payloads: IngestPayload[]): Promise<number> {
  if (!payloads.length) return 0;
  const specs = payloads.map((p) => ({ identifier: INGEST_TASK, payload: p, max_attempts: MAX_ATTEMPTS, job_key: p.key }));
  const r = await client.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}.add_jobs(ARRAY(SELECT s FROM json_populate_recordset(NULL::${QUEUE_SCHEMA}.job_spec, $1::json) AS s))`,
    [JSON.stringify(specs)],
  );
  return Number(r.rows[0]?.n ?? 0);
}
