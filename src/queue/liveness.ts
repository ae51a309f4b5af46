// Jobs of a worker that died (kill -9, a lost machine) go back to the queue at once. graphile-worker marks a job
// with the id of the worker pool that took it and, by itself, frees it only after 4 hours. So each worker process
// holds, for its whole life, a session advisory lock named after its pool id on a connection of its own: PostgreSQL
// drops the lock when the process dies, whatever the cause. Every worker sweeps now and then: a pool id on locked
// jobs whose lock it can take belongs to a dead process, and its jobs are unlocked for the living to retry (the
// attempt it died in counts, so a document that kills its worker every time ends failed too).
import { hostname } from 'node:os';
import type pg from 'pg';
import { QUEUE_SCHEMA } from './graphile.js';

/** The first key of the two-key advisory locks naming live worker pools ("ClWk"). */
const PRESENCE = 0x436c576b;
/** Jobs locked more recently than this are left alone: their pool may be taking its presence lock right now. */
const GRACE_SECONDS = 5;

export const WORKER_APP_PREFIX = 'claimtrail-worker';

export class Presence {
  private constructor(private readonly client: pg.PoolClient) {}

  /** Takes the presence lock of `poolId` on a connection that lives as long as this process. */
  static async hold(pool: pg.Pool, poolId: string): Promise<Presence> {
    const client = await pool.connect();
    client.on('error', () => {}); // the connection breaking is the process's loss of presence; the worker restarts
    await client.query(`SET application_name = '${WORKER_APP_PREFIX} ${hostname().replace(/[^\w.-]/g, '')} ${process.pid}'`);
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [PRESENCE, poolId]);
    return new Presence(client);
  }

  release(): void {
    // Closing the connection ends the session, and with it the lock.
    this.client.release(true);
  }
}

/** Unlocks the jobs of pools whose process is gone; returns how many jobs went back to the queue. */
export async function sweepDeadWorkers(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  let freed = 0;
  try {
    const owners = await client.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM ${QUEUE_SCHEMA}._private_jobs WHERE locked_by IS NOT NULL AND locked_at < now() - interval '${GRACE_SECONDS} seconds'`,
    );
    for (const { locked_by: owner } of owners.rows) {
      const got = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [PRESENCE, owner]);
      if (!got.rows[0]?.ok) continue; // alive
      try {
        const r = await client.query(`UPDATE ${QUEUE_SCHEMA}._private_jobs SET locked_at = NULL, locked_by = NULL WHERE locked_by = $1`, [owner]);
        await client.query(`UPDATE ${QUEUE_SCHEMA}._private_job_queues SET locked_at = NULL, locked_by = NULL WHERE locked_by = $1`, [owner]);
        freed += r.rowCount ?? 0;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [PRESENCE, owner]);
      }
    }
  } finally {
    client.release();
  }
  return freed;
}
