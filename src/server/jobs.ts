// Ingest jobs: POST /ingest answers at once with a job id; the jobs run one after another (the store takes one writer)
// and their progress is read with GET /ingest/{id}. Items sent in the body are written to a temporary JSON Lines file,
// so the API ingests exactly as `claimtrail ingest` does (same readers, identity, resumption). Every job is kept in
// the store's ingest_jobs table (store/ingest-jobs.ts) with what it was given (the items themselves, or the paths), so
// a restarted server still answers for it and runs again the jobs that were queued or running when it stopped: ingest
// knows each item by the hash of its bytes, so a resumed job stores only what is not stored yet. A job recorded
// without its items (by an earlier version) cannot be resumed and is marked interrupted.
//
// Several servers may share one store. Each server process has a random owner id; every job it holds (queued in its
// chain or running) carries that id and a lease (leased_until), renewed by a heartbeat. A server takes a job only
// when its lease has lapsed (its server died: killed, crashed, machine gone) or it has none (rows of schema version
// 5), by one UPDATE whose WHERE repeats that condition, and holds it only when the UPDATE changed the row: two servers
// never both win. Before running a job the server claims it once more (owner and status in the WHERE), so a job lost
// while it waited is not run. A job stays with the server it was sent to while that server lives (its paths were
// confined to that server's --ingest-root). Leases are compared as ISO text, timed by the store engine's clock (each
// server keeps its offset from it, read at start and at each heartbeat), so servers whose clocks differ agree on them.
// A server stalled longer than the lease (suspended, swapping) may lose its running job to another; its next heartbeat
// finds the job gone and stops reading the job's input (items already being analysed are still written). Until then
// both may ingest it at once, the store keeping each item once (by identity), and the stalled one's end is not saved
// over the new owner's record.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus, type IngestProgress } from '../corpus/ingest/ingest.js';
import type { Store } from '../store/index.js';
import { withStoreCatalogues } from '../store/catalogues/catalogues.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'interrupted';

export interface Job {
  id: string;
  status: JobStatus;
  created: string;
  finished: string | null;
  /** What was sent: item count or paths. */
  input: { items: number } | { paths: string[] };
  progress: IngestProgress;
  /** The first problems reported (bad items, unreadable files), each naming its input. */
  problems: string[];
  error: string | null;
  /** The server process that holds the job, or last ran it (its owner id, also in that server's log lines); null for rows older than leases. */
  server: string | null;
}

export type JobInput = { items: Record<string, string>[] } | { paths: string[] };

const MAX_JOBS_LISTED = 100;
const MAX_PROBLEMS = 100;
/** Progress is written to the store at most this often (it is read live from memory meanwhile). */
const SAVE_EVERY_MS = 2000;
/** Job ids per renewing UPDATE (bound parameters stay few on both engines). */
const RENEW_CHUNK = 100;

export const INTERRUPTED = 'The server stopped while this job was queued or running. Submit it again: items already stored are skipped (ingest knows each item by the hash of its bytes).';
/** The first problem line of a job run again after a restart (then the run's own problems). */
export const RESUMED = 'The server stopped while this job was queued or running; it was run again when the server restarted, or by another server on this store (items already stored were skipped).';

/** How long a job stays with its server without a heartbeat, and how often the heartbeat renews it. */
export interface JobLease {
  leaseMs: number;
  heartbeatMs: number;
}

/**
 * 30 s, renewed every 5 s: five heartbeats may fail (a write lock held by another process, a busy event loop) before
 * the job is taken; a killed server's jobs are resumed by another one within 30 s. `serve --job-lease S` sets the
 * lease (the heartbeat is a sixth of it).
 */
export const DEFAULT_LEASE: JobLease = { leaseMs: 30_000, heartbeatMs: 5_000 };

export interface JobsOptions {
  /** Analysis threads of a job (default 1: the server keeps a core for requests). */
  workers?: number;
  lease?: Partial<JobLease>;
  /** This machine's clock in ms (tests set a wrong one); leases are timed by the store's clock, offset from it. */
  clock?: () => number;
  /** Where a job's start and end are told (the server's stderr), with the server that ran it. */
  log?: (line: string) => void;
}

/** The `input` column: what the API shows, plus the items themselves so that the job can be run again. */
type StoredInput = Job['input'] & { resume?: Record<string, string>[] };

type JobRow = { id: string; status: string; created: string; finished: string | null; input: string; progress: string; problems: string; error: string | null; owner: string | null };

const COLUMNS = 'id, status, created, finished, input, progress, problems, error, owner';
/** A job no live server holds: queued or running, with a lease lapsed at ? or none. */
const ORPHAN = "status IN ('queued', 'running') AND (leased_until IS NULL OR leased_until < ?)";

export class Jobs {
  /** This server process: recorded in the rows of the jobs it holds. */
  readonly owner = randomUUID();
  /** Jobs of this process not yet ended: their live state. Ended jobs are read from the store. */
  private readonly live = new Map<string, Job>();
  /** The ids of the jobs this process holds a lease on (queued here or running): renewed by the heartbeat. */
  private readonly held = new Set<string>();
  private chain: Promise<void> = Promise.resolve();
  private readonly recovered: Promise<void>;
  private readonly lease: JobLease;
  private readonly timer: NodeJS.Timeout;
  private claiming: Promise<void> | null = null;
  /** The running jobs' stops, pulled when the heartbeat finds the job taken by another server. */
  private readonly stops = new Map<string, AbortController>();
  private stopped = false;
  private readonly workers: number;
  /** This process's clock (a test may set it wrong, as a machine's clock may be) and its offset from the store's. */
  private readonly localClock: () => number;
  private skewMs = 0;
  private readonly log: (line: string) => void;

  constructor(
    private readonly store: Store,
    options: JobsOptions = {},
  ) {
    this.workers = options.workers ?? 1;
    this.localClock = options.clock ?? Date.now;
    this.lease = { ...DEFAULT_LEASE, ...options.lease };
    this.log = options.log ?? (() => undefined);
    // A store that cannot be written answers the first submit with its own error; reading jobs still works.
    const recovering = this.syncClock().then(() => this.claim(true)).catch(() => undefined);
    this.claiming = recovering;
    this.recovered = recovering.finally(() => (this.claiming = null));
    this.timer = setInterval(() => void this.beat(), this.lease.heartbeatMs);
    this.timer.unref(); // a server stops on its signals, not for want of timers
  }

  /** Now by the store's clock (leases are compared in the store, written by servers on several machines). */
  private now(): number {
    return this.localClock() + this.skewMs;
  }

  /**
   * Reads the store engine's clock (PostgreSQL's for servers across machines; SQLite's is this machine's) and keeps
   * this process's offset from it, from the midpoint of the round trip. A failed read keeps the last offset.
   */
  private async syncClock(): Promise<void> {
    const sql = this.store.engine === 'postgres' ? 'SELECT extract(epoch from clock_timestamp())::float8 * 1000 AS ms' : "SELECT (julianday('now') - 2440587.5) * 86400000.0 AS ms";
    const sent = this.localClock();
    const row = await this.store.get<{ ms: number | string }>(sql).catch(() => undefined);
    const back = this.localClock();
    if (row) this.skewMs = Number(row.ms) - (sent + back) / 2;
  }

  /** Until when a lease taken or renewed now lasts. */
  private leaseEnd(): string {
    return new Date(this.now() + this.lease.leaseMs).toISOString();
  }

  /** The heartbeat: renews this process's leases, then looks for a job a stopped server left. */
  private async beat(): Promise<void> {
    // By id, not by owner alone: a job whose end could not be saved is no longer held, and its lease must lapse.
    await this.syncClock();
    const ids = [...this.held];
    const until = this.leaseEnd();
    for (let i = 0; i < ids.length; i += RENEW_CHUNK) {
      const chunk = ids.slice(i, i + RENEW_CHUNK);
      const marks = chunk.map(() => '?').join(', ');
      const renewed = await this.store.run(`UPDATE ingest_jobs SET leased_until = ? WHERE owner = ? AND id IN (${marks})`, [until, this.owner, ...chunk]).catch(() => null);
      if (!renewed || renewed.changes === chunk.length) continue;
      // Some are no longer ours: another server took them while this one stalled past the lease. A running one stops
      // reading its input (what it analysed is still written; the new owner skips it).
      const ours = await this.store.all<{ id: string }>(`SELECT id FROM ingest_jobs WHERE owner = ? AND id IN (${marks})`, [this.owner, ...chunk]).catch(() => null);
      if (!ours) continue;
      const kept = new Set(ours.map((r) => r.id));
      for (const id of chunk) if (!kept.has(id)) this.stops.get(id)?.abort();
    }
    this.pump();
  }

  /**
   * Looks for a job to take, unless one look is under way or this server is stopping. An idle server takes a job as
   * soon as its lease has lapsed; a busy one (it holds jobs) only once it has lapsed a whole lease ago, when no idle
   * server has taken it in that time (six of their heartbeats): so idle servers get the work, and a lone busy server
   * (one restarted after a kill, with new jobs coming in) does not leave its predecessor's jobs waiting for ever.
   */
  private pump(): void {
    if (this.claiming || this.stopped) return;
    const lapsedBy = this.held.size ? this.now() - this.lease.leaseMs : this.now();
    this.claiming = this.claim(false, new Date(lapsedBy).toISOString())
      .catch(() => undefined)
      .finally(() => (this.claiming = null));
  }

  /**
   * Takes jobs left queued or running by servers that stopped (a lease lapsed before `lapsedBy`, or none), oldest
   * first: at the start every one (they run before any new one), later one at a time, so that servers share them.
   * Each is taken by one conditional UPDATE; a job another server took first (0 rows changed) is left to it.
   */
  private async claim(all: boolean, lapsedBy = new Date(this.now()).toISOString()): Promise<void> {
    const rows = await this.store.all<JobRow>(`SELECT ${COLUMNS} FROM ingest_jobs WHERE ${ORPHAN} ORDER BY created, id LIMIT 100`, [lapsedBy]);
    for (const row of rows) {
      if (this.live.has(row.id)) continue; // its lease lapsed while this process stalled: it is still ours
      const stored = JSON.parse(row.input) as StoredInput;
      const input: JobInput | null = 'paths' in stored ? { paths: stored.paths } : stored.resume ? { items: stored.resume } : null;
      if (!input) {
        await this.store.run(`UPDATE ingest_jobs SET status = 'interrupted', error = ?, finished = ?, owner = ?, leased_until = NULL WHERE id = ? AND ${ORPHAN}`, [INTERRUPTED, new Date().toISOString(), this.owner, row.id, lapsedBy]);
        continue;
      }
      const job: Job = { ...fromRow(row), status: 'queued', problems: [RESUMED], error: null, finished: null, server: this.owner };
      const taken = await this.store.run(`UPDATE ingest_jobs SET status = 'queued', owner = ?, leased_until = ?, finished = NULL, problems = ?, error = NULL WHERE id = ? AND ${ORPHAN}`, [
        this.owner,
        this.leaseEnd(),
        JSON.stringify(job.problems),
        row.id,
        lapsedBy,
      ]);
      if (taken.changes !== 1) continue;
      this.hold(job, input);
      if (!all) return;
    }
  }

  private hold(job: Job, input: JobInput): void {
    this.live.set(job.id, job);
    this.held.add(job.id);
    this.chain = this.chain.then(() => this.run(job, input));
  }

  /** Queues a job; it is in the store, held by this server, before this resolves. */
  async submit(input: JobInput): Promise<Job> {
    const job: Job = {
      id: randomUUID(),
      status: 'queued',
      created: new Date(this.now()).toISOString(),
      finished: null,
      input: 'items' in input ? { items: input.items.length } : { paths: input.paths },
      progress: { bytesRead: 0, bytesTotal: 0, analysed: 0, stored: 0, duplicates: 0, failed: 0, skipped: 0, problems: 0 },
      problems: [],
      error: null,
      server: this.owner,
    };
    await this.recovered; // the registry is recovered (its jobs queued again) before a new job goes in
    // Until it ends, the record keeps the items it was given, for another run after a crash; then only their count.
    const recorded: StoredInput = 'items' in input ? { ...job.input, resume: input.items } : job.input;
    await this.store.run('INSERT INTO ingest_jobs (id, status, created, started, finished, input, progress, problems, error, owner, leased_until) VALUES (?, ?, ?, NULL, NULL, ?, ?, ?, NULL, ?, ?)', [
      job.id,
      job.status,
      job.created,
      JSON.stringify(recorded),
      JSON.stringify(job.progress),
      JSON.stringify(job.problems),
      this.owner,
      this.leaseEnd(),
    ]);
    this.hold(job, input);
    return job;
  }

  async get(id: string): Promise<Job | undefined> {
    const live = this.live.get(id);
    if (live) return live;
    const row = await this.store.get<JobRow>(`SELECT ${COLUMNS} FROM ingest_jobs WHERE id = ?`, [id]);
    return row && fromRow(row);
  }

  /** The most recent jobs, newest first. */
  async list(): Promise<Job[]> {
    const rows = await this.store.all<JobRow>(`SELECT ${COLUMNS} FROM ingest_jobs ORDER BY created DESC, id LIMIT ${MAX_JOBS_LISTED}`);
    return rows.map((r) => this.live.get(r.id) ?? fromRow(r));
  }

  /**
   * Runs a write of the store (a delete) after the jobs submitted so far, so it never overlaps an ingest
   * transaction (the store takes one writer); later jobs wait for it.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const done = this.chain.then(fn);
    this.chain = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  /** Resolves when every job submitted or taken so far has ended, and a look for more has found none (tests, shutdown). */
  async idle(): Promise<void> {
    await this.recovered;
    for (;;) {
      const chain = this.chain;
      await chain;
      await this.claiming;
      if (chain === this.chain && !this.claiming) return;
    }
  }

  /** Takes no more jobs of other servers, runs those it holds to their end (the heartbeat goes on), then stops it. */
  async close(): Promise<void> {
    this.stopped = true;
    await this.idle();
    clearInterval(this.timer);
  }

  private async run(job: Job, input: JobInput): Promise<void> {
    // Still ours? A lease that lapsed while the job waited (this process stalled) may have gone to another server.
    const started = await this.store
      .run("UPDATE ingest_jobs SET status = 'running', started = ?, leased_until = ? WHERE id = ? AND owner = ? AND status = 'queued'", [new Date().toISOString(), this.leaseEnd(), job.id, this.owner])
      .catch(() => ({ changes: 0 }));
    if (started.changes !== 1) {
      this.held.delete(job.id);
      this.live.delete(job.id); // read from the store: the record of whoever has it
      this.pump();
      return;
    }
    job.status = 'running';
    const resumed = job.problems[0] === RESUMED ? ', resumed: the server that held it stopped' : '';
    this.log(`ingest job ${job.id}: running on server ${this.owner}${resumed}`);
    let dir: string | null = null;
    let saved = Date.now();
    let lost = false;
    try {
      let paths: string[];
      if ('items' in input) {
        dir = mkdtempSync(join(tmpdir(), 'claimtrail-api-ingest-'));
        paths = [join(dir, `job-${job.id}.jsonl`)];
        writeFileSync(paths[0], input.items.map((i) => JSON.stringify(i)).join('\n'));
      } else paths = input.paths;
      // The store's narrative catalogues are matched beside the built-in one.
      const narratives = await withStoreCatalogues(this.store);
      const stop = new AbortController();
      this.stops.set(job.id, stop);
      const summary = await ingestCorpus({
        signal: stop.signal,
        store: this.store,
        paths,
        preset: narratives ? { narratives } : undefined,
        workers: this.workers,
        onProgress: (p) => {
          job.progress = { ...p };
          if (Date.now() - saved < SAVE_EVERY_MS) return;
          saved = Date.now();
          // Outside the batch transaction on PostgreSQL; inside it on SQLite (one connection): lands with the batch.
          void this.store.run('UPDATE ingest_jobs SET progress = ? WHERE id = ? AND owner = ?', [JSON.stringify(job.progress), job.id, this.owner]).catch(() => undefined);
        },
        onProblem: (line) => job.problems.length < MAX_PROBLEMS && job.problems.push(line),
      });
      const { inputs: _inputs, seconds: _seconds, problemLines: _lines, stopped, ...progress } = summary;
      job.progress = progress;
      job.status = 'done';
      if (stopped) lost = true;
    } catch (error) {
      job.status = 'failed';
      job.error = (error as Error).message;
    } finally {
      this.stops.delete(job.id);
      job.finished = new Date().toISOString();
      if (dir) rmSync(dir, { recursive: true, force: true });
      await this.finish(job);
      this.log(lost ? `ingest job ${job.id}: stopped on server ${this.owner}: another server took it after this one's lease lapsed` : `ingest job ${job.id}: ${job.status} on server ${this.owner}`);
      this.pump();
    }
  }

  /**
   * Saves the end of a job (the record keeps the count of its items, no longer the items), if it is still ours.
   * Served from memory until then (a failed save keeps it there, with the reason; its lease then lapses and another
   * server, or the next start, runs it again).
   */
  private async finish(job: Job): Promise<void> {
    this.held.delete(job.id);
    try {
      await this.store.run('UPDATE ingest_jobs SET status = ?, finished = ?, input = ?, progress = ?, problems = ?, error = ?, leased_until = NULL WHERE id = ? AND owner = ?', [
        job.status,
        job.finished,
        JSON.stringify(job.input),
        JSON.stringify(job.progress),
        JSON.stringify(job.problems),
        job.error,
        job.id,
        this.owner,
      ]);
      // Where no row changed, another server took the job while this one stalled past its lease: the record is
      // that server's, and is read from the store from now on.
      this.live.delete(job.id);
    } catch (error) {
      job.error ??= `the job's record could not be saved: ${(error as Error).message}`;
    }
  }
}

function fromRow(r: JobRow): Job {
  const { resume: _items, ...input } = JSON.parse(r.input) as StoredInput;
  return {
    id: r.id,
    status: r.status as JobStatus,
    created: r.created,
    finished: r.finished,
    input,
    progress: JSON.parse(r.progress) as IngestProgress,
    problems: JSON.parse(r.problems) as string[],
    error: r.error,
    server: r.owner,
  };
}
