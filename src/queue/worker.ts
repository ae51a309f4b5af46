// `claimtrail worker`: takes ingest jobs from the queue in PostgreSQL, analyses each item in worker threads and
// stores it. Run as many as you like, on as many machines: jobs are handed out once (graphile-worker, SKIP LOCKED),
// items are stored once (store-item.ts), and the jobs of a worker that dies go back to the queue (liveness.ts).
// A lost or refused database connection is waited out with back-off; a database that is not ours, or wrong
// credentials, stop the worker with the reason.
import { EventEmitter } from 'node:events';
import { run, type Runner, type Task, type WorkerEvents } from 'graphile-worker';
import { ClaimtrailError } from '../core/errors.js';
import { refreshSummaries, summariesStale } from '../corpus/summaries.js';
import { PostgresStore } from '../store/postgres/engine.js';
import { isTransient } from '../store/postgres/errors.js';
import { withStoreCatalogues } from '../store/catalogues/catalogues.js';
import { Analysis } from './analysis.js';
import { QUEUE_SCHEMA, migrateQueue, queueLogger } from './graphile.js';
import { Presence, sweepDeadWorkers } from './liveness.js';
import { INGEST_TASK, decodePayload } from './payload.js';
import { ItemWriter } from './store-item.js';

export interface WorkerOptions {
  url: string;
  /** Jobs in flight at once (default: twice the threads, so that storing one overlaps analysing the next). */
  concurrency?: number;
  /** Analysis threads (default 1). */
  threads?: number;
  maxBytes?: number;
  /** Time limit of one item's analysis. */
  jobTimeoutMs?: number;
  /** How often to look for jobs held by dead workers. */
  sweepMs?: number;
  /** Rebuild the summary tables when the queue has been empty this long (and at most every `summariesEveryMs` while busy). */
  summariesIdleMs?: number;
  summariesEveryMs?: number;
  log?: (line: string) => void;
  verbose?: boolean;
  signal?: AbortSignal;
}

export interface WorkerStats {
  stored: number;
  duplicates: number;
  seen: number;
  inputFailures: number;
  retried: number;
  restarts: number;
}

const SUMMARY_LOCK = 0x436c5375; // "ClSu": one summary rebuild at a time across all workers

/** Runs until `signal` aborts; returns what it did. Restarts itself after transient failures. */
export async function runWorker(options: WorkerOptions): Promise<WorkerStats> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stats: WorkerStats = { stored: 0, duplicates: 0, seen: 0, inputFailures: 0, retried: 0, restarts: 0 };
  let delay = 1000;
  while (!options.signal?.aborted) {
    const started = Date.now();
    try {
      await session(options, stats, log);
      return stats;
    } catch (error) {
      if (options.signal?.aborted) return stats;
      if (!isTransient(error)) throw error;
      // Back off, 1 s doubling to 60 s, reset after a session that ran a minute: no crash loop, no thundering herd.
      if (Date.now() - started > 60_000) delay = 1000;
      const wait = Math.round(delay * (0.75 + Math.random() * 0.5));
      const msg = (error as Error).message;
      log(`claimtrail worker: ${msg}${/[.?!]$/.test(msg) ? '' : '.'} Trying again in ${(wait / 1000).toFixed(1)} s.`);
      stats.restarts++;
      await sleep(wait, options.signal);
      delay = Math.min(delay * 2, 60_000);
    }
  }
  return stats;
}

async function session(options: WorkerOptions, stats: WorkerStats, log: (line: string) => void): Promise<void> {
  const threads = options.threads ?? 1;
  const concurrency = options.concurrency ?? threads * 2;
  const store = await PostgresStore.open(options.url, { pool: { max: concurrency * 2 + 4, name: 'claimtrail-worker' } });
  // The store's narrative catalogues as they are when the session starts (a later upload re-scores what is stored).
  const narratives = await withStoreCatalogues(store);
  const analysis = new Analysis(threads, { maxBytes: options.maxBytes, preset: narratives ? { narratives } : undefined }, options.jobTimeoutMs);
  const items = new ItemWriter(store);
  let presence: Presence | null = null;
  let runner: Runner | null = null;
  const timers: NodeJS.Timeout[] = [];
  let active = 0;
  let idleSince = Date.now();
  let lastSummary = 0;
  try {
    await migrateQueue(store.pool, log);
    const ingest: Task = async (payload, helpers) => {
      active++;
      try {
        const { key, origin, input } = decodePayload(payload);
        if (helpers.job.attempts > 1) stats.retried++;
        if (await store.get('SELECT 1 AS x FROM sources WHERE key = ?', [key])) return void stats.seen++;
        const result = await analysis.analyze(origin, input);
        if ('error' in result) {
          // A fault of the input is recorded as done; any other is thrown, and the job is tried again later.
          if (!result.input) throw new Error(result.error);
          stats.inputFailures++;
        }
        const outcome = 'record' in result ? { key, origin, record: result.record } : { key, origin, error: result.error, input: true };
        const r = await items.write(outcome);
        if (r === 'stored') stats.stored++;
        else if (r === 'duplicate') stats.duplicates++;
        else if (r === 'seen') stats.seen++;
      } finally {
        if (--active === 0) idleSince = Date.now();
      }
    };
    const events: WorkerEvents = new EventEmitter();
    let holding: Promise<Presence> | null = null;
    // The pool's id is known when it is made; its presence lock is taken then (the sweep's grace covers the gap).
    events.on('pool:create', ({ workerPool }) => void (holding = Presence.hold(store.pool, workerPool.id)));
    events.on('job:error', ({ job, error }) => log(`claimtrail worker: job ${job.id} (attempt ${job.attempts} of ${job.max_attempts}) failed: ${(error as Error)?.message ?? String(error)}`));
    runner = await run({
      pgPool: store.pool,
      schema: QUEUE_SCHEMA,
      concurrency,
      noHandleSignals: true,
      pollInterval: 1000,
      taskList: { [INGEST_TASK]: ingest },
      logger: queueLogger(log, options.verbose),
      events,
    });
    presence = holding ? await holding : null;
    const sweepMs = options.sweepMs ?? 5000;
    timers.push(setInterval(() => void sweepDeadWorkers(store.pool).then((n) => n && log(`claimtrail worker: ${n} job(s) of a worker that stopped went back to the queue.`), () => {}), sweepMs * (0.8 + Math.random() * 0.4)));
    timers.push(setInterval(() => {
      const now = Date.now();
      const due = active === 0 ? now - idleSince >= (options.summariesIdleMs ?? 2000) : now - lastSummary >= (options.summariesEveryMs ?? 300_000);
      if (!due || now - lastSummary < 1000) return;
      lastSummary = now;
      void refreshIfStale(store).catch((e: Error) => log(`claimtrail worker: rebuilding the summaries failed: ${e.message}`));
    }, 1000));
    const stop = () => void runner?.stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    try {
      await runner.promise;
    } finally {
      options.signal?.removeEventListener('abort', stop);
    }
    if (!options.signal?.aborted) throw new ClaimtrailError('STORE_CONNECTION', { input: store.location, detail: 'the job runner stopped' });
  } finally {
    timers.forEach(clearInterval);
    if (runner && !options.signal?.aborted) await runner.stop().catch(() => {});
    (presence as Presence | null)?.release();
    await analysis.close();
    await store.close().catch(() => {});
  }
}

/** Rebuilds the summaries when writes came after the last rebuild, by one worker at a time. */
async function refreshIfStale(store: PostgresStore): Promise<void> {
  if (!(await summariesStale(store))) return;
  await store.withTryLock(SUMMARY_LOCK, async () => {
    if (await summariesStale(store)) await refreshSummaries(store);
  });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
