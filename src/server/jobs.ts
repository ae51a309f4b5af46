// Ingest jobs: POST /ingest answers at once with a job id; the jobs run one after another (the store takes one writer)
// and their progress is read with GET /ingest/{id}. Items sent in the body are written to a temporary JSON Lines file,
// so the API ingests exactly as `claimtrail ingest` does (same readers, identity, resumption). Every job is kept in
// the store's ingest_jobs table (store/ingest-jobs.ts) with what it was given (the items themselves, or the paths), so
// a restarted server still answers for it and runs again the jobs that were queued or running when it stopped: ingest
// knows each item by the hash of its bytes, so a resumed job stores only what is not stored yet. A job recorded
// without its items (by an earlier version) cannot be resumed and is marked interrupted.
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
}

export type JobInput = { items: Record<string, string>[] } | { paths: string[] };

const MAX_JOBS_LISTED = 100;
const MAX_PROBLEMS = 100;
/** Progress is written to the store at most this often (it is read live from memory meanwhile). */
const SAVE_EVERY_MS = 2000;

export const INTERRUPTED = 'The server stopped while this job was queued or running. Submit it again: items already stored are skipped (ingest knows each item by the hash of its bytes).';
/** The first problem line of a job run again after a restart (then the run's own problems). */
export const RESUMED = 'The server stopped while this job was queued or running; it was run again when the server restarted (items already stored were skipped).';

/** The `input` column: what the API shows, plus the items themselves so that the job can be run again. */
type StoredInput = Job['input'] & { resume?: Record<string, string>[] };

type JobRow = { id: string; status: string; created: string; finished: string | null; input: string; progress: string; problems: string; error: string | null };

export class Jobs {
  /** Jobs of this process not yet ended: their live state. Ended jobs are read from the store. */
  private readonly live = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();
  private readonly recovered: Promise<void>;

  constructor(
    private readonly store: Store,
    private readonly workers = 1,
  ) {
    // A store that cannot be written answers the first submit with its own error; reading jobs still works.
    this.recovered = this.recover().catch(() => undefined);
  }

  /**
   * Jobs left queued or running by a server that stopped are run again, oldest first, before any new one (each server
   * owns the jobs in its store: servers sharing one store ingest through the queue instead, `ingest --queue`).
   */
  private async recover(): Promise<void> {
    const rows = await this.store.all<JobRow>("SELECT id, status, created, finished, input, progress, problems, error FROM ingest_jobs WHERE status IN ('queued', 'running') ORDER BY created, id");
    for (const row of rows) {
      const stored = JSON.parse(row.input) as StoredInput;
      const input: JobInput | null = 'paths' in stored ? { paths: stored.paths } : stored.resume ? { items: stored.resume } : null;
      if (!input) {
        await this.store.run("UPDATE ingest_jobs SET status = 'interrupted', error = ?, finished = ? WHERE id = ?", [INTERRUPTED, new Date().toISOString(), row.id]);
        continue;
      }
      const job: Job = { ...fromRow(row), status: 'queued', problems: [RESUMED], error: null, finished: null };
      await this.save(job, 'items' in input ? input.items : undefined);
      this.live.set(job.id, job);
      this.chain = this.chain.then(() => this.run(job, input));
    }
  }

  /**
   * Writes the job's record. Until it ends, `items` keeps what it was given, for a run after a restart; the record of
   * an ended job keeps only their count.
   */
  private async save(job: Job, items?: Record<string, string>[]): Promise<void> {
    const input: StoredInput = items ? { ...job.input, resume: items } : job.input;
    await this.store.run(
      `INSERT INTO ingest_jobs (id, status, created, started, finished, input, progress, problems, error) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, finished = excluded.finished, input = excluded.input, progress = excluded.progress, problems = excluded.problems, error = excluded.error`,
      [job.id, job.status, job.created, job.finished, JSON.stringify(input), JSON.stringify(job.progress), JSON.stringify(job.problems), job.error],
    );
  }

  /** Queues a job; it is in the store before this resolves. */
  async submit(input: JobInput): Promise<Job> {
    const job: Job = {
      id: randomUUID(),
      status: 'queued',
      created: new Date().toISOString(),
      finished: null,
      input: 'items' in input ? { items: input.items.length } : { paths: input.paths },
      progress: { bytesRead: 0, bytesTotal: 0, analysed: 0, stored: 0, duplicates: 0, failed: 0, skipped: 0, problems: 0 },
      problems: [],
      error: null,
    };
    await this.recovered; // the registry is recovered (its jobs queued again) before a new job goes in
    await this.save(job, 'items' in input ? input.items : undefined);
    this.live.set(job.id, job);
    this.chain = this.chain.then(() => this.run(job, input));
    return job;
  }

  async get(id: string): Promise<Job | undefined> {
    const live = this.live.get(id);
    if (live) return live;
    const row = await this.store.get<JobRow>('SELECT id, status, created, finished, input, progress, problems, error FROM ingest_jobs WHERE id = ?', [id]);
    return row && fromRow(row);
  }

  /** The most recent jobs, newest first. */
  async list(): Promise<Job[]> {
    const rows = await this.store.all<JobRow>(`SELECT id, status, created, finished, input, progress, problems, error FROM ingest_jobs ORDER BY created DESC, id LIMIT ${MAX_JOBS_LISTED}`);
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

  /** Resolves when every job submitted so far has ended (tests, shutdown). */
  idle(): Promise<void> {
    return this.recovered.then(() => this.chain);
  }

  private async run(job: Job, input: JobInput): Promise<void> {
    job.status = 'running';
    await this.store.run("UPDATE ingest_jobs SET status = 'running', started = ? WHERE id = ?", [new Date().toISOString(), job.id]);
    let dir: string | null = null;
    let saved = Date.now();
    try {
      let paths: string[];
      if ('items' in input) {
        dir = mkdtempSync(join(tmpdir(), 'claimtrail-api-ingest-'));
        paths = [join(dir, `job-${job.id}.jsonl`)];
        writeFileSync(paths[0], input.items.map((i) => JSON.stringify(i)).join('\n'));
      } else paths = input.paths;
      // The store's narrative catalogues are matched beside the built-in one.
      const narratives = await withStoreCatalogues(this.store);
      const summary = await ingestCorpus({
        store: this.store,
        paths,
        preset: narratives ? { narratives } : undefined,
        workers: this.workers,
        onProgress: (p) => {
          job.progress = { ...p };
          if (Date.now() - saved < SAVE_EVERY_MS) return;
          saved = Date.now();
          // Outside the batch transaction on PostgreSQL; inside it on SQLite (one connection): lands with the batch.
          void this.store.run('UPDATE ingest_jobs SET progress = ? WHERE id = ?', [JSON.stringify(job.progress), job.id]).catch(() => undefined);
        },
        onProblem: (line) => job.problems.length < MAX_PROBLEMS && job.problems.push(line),
      });
      const { inputs: _inputs, seconds: _seconds, problemLines: _lines, ...progress } = summary;
      job.progress = progress;
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = (error as Error).message;
    } finally {
      job.finished = new Date().toISOString();
      if (dir) rmSync(dir, { recursive: true, force: true });
      // Served from memory until its record is saved (a failed save keeps it there, with the reason).
      await this.save(job).then(
        () => this.live.delete(job.id),
        (error: unknown) => (job.error ??= `the job's record could not be saved: ${(error as Error).message}`),
      );
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
  };
}
