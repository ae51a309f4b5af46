// Crash safety of the queue (the crash test beside this file and `npm run bench -- crash --engine postgres`):
// `claimtrail worker` processes killed with SIGKILL at random points, each replaced by a fresh one, then the queue
// let drain; and the store compared with a reference store of the same input: documents lost, duplicated, jobs left.
import type { Store } from '../store/index.js';
import type { PostgresStore } from '../store/postgres/engine.js';
import { QUEUE_SCHEMA } from './graphile.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './spawn.js';
import { queueStatus, type QueueStatus } from './status.js';

export interface KillOptions {
  /** The database the workers share (with its password: the store's location hides it). */
  url: string;
  kills: number;
  /** Workers running at once; each kill takes one of them, chosen at random, and a fresh one replaces it. */
  workers: number;
  /** Items enqueued: the kills are spread over them. */
  items: number;
  /** A float in [0, 1): the same sequence gives the same kill points. */
  random: () => number;
  /** Longest wait for the next kill point, and for the queue to drain at the end. */
  timeoutMs: number;
  workerArgs?: string[];
  log?: (line: string) => void;
}

export interface KillRun {
  kills: number;
  /** Kills that found jobs locked (in some worker's hands) at that moment. */
  withJobsLocked: number;
  /** Items done (rows in `sources`) after each kill. */
  doneAfterEach: number[];
  /** Seconds from the last kill until the queue was empty. */
  drainSeconds: number;
  status: QueueStatus;
  /** What the workers wrote on stderr (for a failure's message). */
  output: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function count(store: PostgresStore, sql: string): Promise<number> {
  return Number((await store.get<{ n: number }>(sql))?.n ?? 0);
}

/** Starts the workers, kills one `kills` times at random points (replacing it each time), then waits for the queue to drain. */
export async function killWorkersRepeatedly(store: PostgresStore, o: KillOptions): Promise<KillRun> {
  const args = o.workerArgs ?? ['--threads', '1', '--concurrency', '2'];
  const all: WorkerProcess[] = [];
  const start = () => {
    const w = spawnWorker(o.url, args);
    all.push(w);
    return w;
  };
  const live = Array.from({ length: o.workers }, start);
  const output = () => all.map((w) => w.output.join('')).join('').slice(-4000);
  const done = () => count(store, 'SELECT count(*) AS n FROM sources');
  const run: KillRun = { kills: 0, withJobsLocked: 0, doneAfterEach: [], drainSeconds: 0, status: await queueStatus(store), output: '' };
  try {
    for (let k = 0; k < o.kills; k++) {
      // The next kill lands after a random number of further items, spread over what is left, a random 0–1.5 s
      // later: inside an analysis, a store transaction, a job's completion, or a worker's start.
      const now = await done();
      const step = Math.max(1, (o.items - now) / (o.kills - k));
      const target = Math.min(o.items, now + 1 + Math.floor(o.random() * step));
      const waitUntil = Date.now() + o.timeoutMs;
      while ((await done()) < target) {
        if (Date.now() > waitUntil) throw new Error(`kill ${k + 1}: ${await done()} of ${o.items} items done after ${o.timeoutMs / 1000} s, waiting for ${target}\n${output()}`);
        await sleep(50);
      }
      await sleep(Math.round(o.random() * 1500));
      const i = Math.floor(o.random() * live.length);
      if (await count(store, `SELECT count(*) AS n FROM ${QUEUE_SCHEMA}._private_jobs WHERE locked_at IS NOT NULL`)) run.withJobsLocked++;
      live[i].child.kill('SIGKILL');
      await live[i].exited;
      run.kills++;
      live[i] = start();
      run.doneAfterEach.push(await done());
    }
    const drained = Date.now();
    for (;;) {
      run.status = await queueStatus(store);
      if (run.status.queued + run.status.running + run.status.retrying === 0) break;
      if (Date.now() - drained > o.timeoutMs) throw new Error(`the queue did not drain in ${o.timeoutMs / 1000} s: ${JSON.stringify({ ...run.status, failures: run.status.failures.slice(0, 3) })}\n${output()}`);
      await sleep(200);
    }
    run.drainSeconds = (Date.now() - drained) / 1000;
  } finally {
    await Promise.all(live.map((w) => stopWorker(w)));
    run.output = output();
  }
  return run;
}

export interface Comparison {
  documents: number;
  /** Identities of the reference store missing here. */
  lost: number;
  /** Document rows beyond one per identity, identities the reference lacks, and content stored twice beyond the reference. */
  duplicated: number;
  /** Items (rows of `sources`) of the reference missing here, and here but not in the reference. */
  itemsMissing: number;
  itemsExtra: number;
  /** Items by status (stored, duplicate, failed), here and in the reference. */
  statuses: Record<string, number>;
  referenceStatuses: Record<string, number>;
}

/** This store against a reference store of the same input (an uninterrupted single-process ingest). */
export async function compareStores(store: Store, reference: Store): Promise<Comparison> {
  const ids = async (s: Store) => (await s.all<{ identity: string }>('SELECT identity FROM documents')).map((r) => r.identity);
  const hashes = async (s: Store) => (await s.all<{ n: number }>('SELECT count(*) - count(DISTINCT content_hash) AS n FROM documents'))[0]?.n ?? 0;
  const keys = async (s: Store) => new Map((await s.all<{ key: string; status: string }>('SELECT key, status FROM sources')).map((r) => [r.key, r.status]));
  const [mine, theirs] = [await ids(store), new Set(await ids(reference))];
  const seen = new Set(mine);
  const [myItems, theirItems] = [await keys(store), await keys(reference)];
  const tally = (m: Map<string, string>) => [...m.values()].reduce<Record<string, number>>((t, s) => ({ ...t, [s]: (t[s] ?? 0) + 1 }), {});
  return {
    documents: mine.length,
    lost: [...theirs].filter((i) => !seen.has(i)).length,
    duplicated: mine.length - seen.size + [...seen].filter((i) => !theirs.has(i)).length + Math.max(0, Number(await hashes(store)) - Number(await hashes(reference))),
    itemsMissing: [...theirItems.keys()].filter((k) => !myItems.has(k)).length,
    itemsExtra: [...myItems.keys()].filter((k) => !theirItems.has(k)).length,
    statuses: tally(myItems),
    referenceStatuses: tally(theirItems),
  };
}
