// The PostgreSQL part of npm run bench -- crash: the corpus queued with `claimtrail ingest --queue` into a fresh
// database, `claimtrail worker` processes killed with SIGKILL at random points --kills times (a fresh worker started
// after each), then the queue let drain; the store is compared with the uninterrupted SQLite reference of the same
// corpus: documents lost, duplicated, items missing, jobs left. Prints figures; never asserts.
import { spawn } from 'node:child_process';
import { openStore } from '../src/store/index.js';
import { PostgresStore } from '../src/store/postgres/engine.js';
import { createTestDatabase } from '../src/store/postgres/test-db.js';
import { compareStores, killWorkersRepeatedly } from '../src/queue/test-kills.js';

const CHILD = new URL('./crash-child.ts', import.meta.url).pathname;

export interface PostgresCrashOptions {
  corpus: string;
  /** The SQLite store of one uninterrupted ingest of the corpus. */
  referenceDb: string;
  kills: number;
  workers: number;
  random: () => number;
}

/** `claimtrail ingest corpus --db url --queue` as a child process; its one-line summary. */
function enqueue(corpus: string, url: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'ingest', corpus, '--db', url, '--queue'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out: out.trim() })));
}

export async function crashPostgres(o: PostgresCrashOptions): Promise<void> {
  const db = await createTestDatabase(`claimtrail_crash_${process.pid}`);
  console.log(`\n## crash safety (PostgreSQL queue): ${o.kills} kill -9s of ${o.workers} worker process(es), a fresh one started after each`);
  if ('skip' in db) {
    console.log(`skipped: ${db.skip}`);
    return;
  }
  const reference = await openStore(o.referenceDb);
  let store: PostgresStore | null = null;
  try {
    const q = await enqueue(o.corpus, db.url);
    if (q.code !== 0) throw new Error(`claimtrail ingest --queue failed (exit ${q.code}): ${q.out.split('\n')[0]}`);
    console.log(`database ${db.name}; ${q.out.split('. ')[0]}`);
    store = await PostgresStore.open(db.url);
    const items = Number((await store.get<{ n: number }>('SELECT count(*) AS n FROM graphile_worker._private_jobs'))?.n ?? 0);
    const started = Date.now();
    const run = await killWorkersRepeatedly(store, { url: db.url, kills: o.kills, workers: o.workers, items, random: o.random, timeoutMs: 900_000 });
    console.log(`${run.kills} kills in ${((Date.now() - started) / 1000 - run.drainSeconds).toFixed(0)} s, ${run.withJobsLocked} of them with jobs locked in a worker's hands; items done after each: ${run.doneAfterEach.join(' ')}`);
    const s = run.status;
    console.log(`after the last kill the queue drained in ${run.drainSeconds.toFixed(1)} s; jobs left: ${s.queued} waiting, ${s.running} running, ${s.retrying} to retry, ${s.failed} failed`);
    for (const f of s.failures.slice(0, 10)) console.log(`  job #${f.id} ${f.origin ?? '?'}: ${f.attempts}/${f.maxAttempts} attempts: ${f.error ?? 'its worker died on it each time'}`);
    const c = await compareStores(store, reference);
    console.log(`against the uninterrupted SQLite reference: ${c.documents} documents, lost ${c.lost}, duplicated ${c.duplicated}; items missing ${c.itemsMissing}, extra ${c.itemsExtra}; items by status ${JSON.stringify(c.statuses)} (reference ${JSON.stringify(c.referenceStatuses)})`);
  } finally {
    await store?.close();
    await reference.close();
    await db.drop();
  }
}
