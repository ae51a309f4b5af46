// `claimtrail jobs`: where the queue stands — waiting, running, retrying and failed jobs, what is stored, the rate
// of the last minute, the workers connected, and the errors of failing jobs.
import type { PostgresStore } from '../store/postgres/engine.js';
import { QUEUE_SCHEMA } from './graphile.js';
import { WORKER_APP_PREFIX } from './liveness.js';
import { INGEST_TASK } from './payload.js';

export interface JobFailure {
  id: number;
  origin: string | null;
  attempts: number;
  maxAttempts: number;
  /** The last error; null when the worker died on it (killed, or out of memory) each time. */
  error: string | null;
  nextTry: string | null;
}

export interface QueueStatus {
  queued: number;
  running: number;
  retrying: number;
  failed: number;
  stored: Record<string, number>;
  lastMinute: number;
  workers: { name: string; since: string }[];
  failures: JobFailure[];
}

const JOBS = `${QUEUE_SCHEMA}._private_jobs j JOIN ${QUEUE_SCHEMA}._private_tasks t ON t.id = j.task_id AND t.identifier = '${INGEST_TASK}'`;

export async function queueStatus(store: PostgresStore, options: { failures?: number } = {}): Promise<QueueStatus> {
  const hasQueue = await store.get<{ ok: number }>(`SELECT CASE WHEN to_regclass('${QUEUE_SCHEMA}._private_jobs') IS NULL THEN 0 ELSE 1 END AS ok`);
  const counts = hasQueue?.ok
    ? await store.get<{ queued: number; running: number; retrying: number; failed: number }>(
        `SELECT count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts = 0) AS queued,
                count(*) FILTER (WHERE j.locked_at IS NOT NULL) AS running,
                count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts > 0 AND j.attempts < j.max_attempts) AS retrying,
                count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts >= j.max_attempts) AS failed
         FROM ${JOBS}`,
      )
    : undefined;
  const stored = Object.fromEntries((await store.all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM sources GROUP BY status ORDER BY status')).map((r) => [r.status, r.n]));
  const lastMinute = (await store.get<{ n: number }>('SELECT count(*) AS n FROM sources WHERE at >= ?', [new Date(Date.now() - 60_000).toISOString()]))?.n ?? 0;
  const workers = await store.all<{ name: string; since: string }>(
    `SELECT application_name AS name, to_char(backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS since FROM pg_stat_activity WHERE application_name LIKE ? ORDER BY backend_start`,
    [`${WORKER_APP_PREFIX} %`],
  );
  const failures = hasQueue?.ok
    ? await store.all<{ id: number; origin: string | null; attempts: number; max_attempts: number; error: string | null; next_try: string | null }>(
        `SELECT j.id, j.payload->>'origin' AS origin, j.attempts, j.max_attempts, j.last_error AS error,
                CASE WHEN j.attempts < j.max_attempts THEN to_char(j.run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END AS next_try
         FROM ${JOBS} WHERE j.locked_at IS NULL AND j.attempts > 0 ORDER BY j.attempts >= j.max_attempts DESC, j.id LIMIT ${Math.max(0, options.failures ?? 20)}`,
      )
    : [];
  return {
    queued: counts?.queued ?? 0,
    running: counts?.running ?? 0,
    retrying: counts?.retrying ?? 0,
    failed: counts?.failed ?? 0,
    stored,
    lastMinute,
    workers,
    failures: failures.map((f) => ({ id: f.id, origin: f.origin, attempts: f.attempts, maxAttempts: f.max_attempts, error: f.error, nextTry: f.next_try })),
  };
}

/** Puts failed jobs back in the queue with fresh attempts (after a fix, or when the fault was passing). */
export async function retryFailed(store: PostgresStore): Promise<number> {
  const r = await store.run(`UPDATE ${QUEUE_SCHEMA}._private_jobs j SET attempts = 0, run_at = now(), last_error = NULL FROM ${QUEUE_SCHEMA}._private_tasks t WHERE t.id = j.task_id AND t.identifier = '${INGEST_TASK}' AND j.locked_at IS NULL AND j.attempts >= j.max_attempts`);
  if (r.changes) await store.run("SELECT pg_notify('jobs:insert', '{\"count\":1}')");
  return r.changes;
}

/** Drops failed jobs (after reading their errors). */
export async function dropFailed(store: PostgresStore): Promise<number> {
  return (await store.run(`DELETE FROM ${QUEUE_SCHEMA}._private_jobs j USING ${QUEUE_SCHEMA}._private_tasks t WHERE t.id = j.task_id AND t.identifier = '${INGEST_TASK}' AND j.locked_at IS NULL AND j.attempts >= j.max_attempts`)).changes;
}

export function statusText(s: QueueStatus): string {
  const stored = Object.entries(s.stored).map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing yet';
  const lines = [
    `Queue: ${s.queued} waiting, ${s.running} running, ${s.retrying} waiting to be retried, ${s.failed} failed.`,
    `Items done: ${stored}; ${s.lastMinute} in the last minute.`,
    `Workers connected: ${s.workers.length}${s.workers.length ? ` (${s.workers.map((w) => w.name.slice(WORKER_APP_PREFIX.length + 1)).join('; ')})` : ''}.`,
  ];
  if (s.failures.length) {
    lines.push('', 'Failing jobs:');
    for (const f of s.failures) {
      const state = f.attempts >= f.maxAttempts ? 'failed' : `retry at ${f.nextTry}`;
      lines.push(`  #${f.id} ${f.origin ?? '?'} — ${state} after ${f.attempts}/${f.maxAttempts} attempts: ${f.error ?? 'the worker stopped while on it'}`);
    }
  }
  return lines.join('\n');
}
