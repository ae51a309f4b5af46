// Ingest jobs: POST /ingest answers at once with a job id; the jobs run one after another (the store takes one writer)
// and their progress is read with GET /ingest/{id}. Items sent in the body are written to a temporary JSON Lines file,
// so the API ingests exactly as `claimtrail ingest` does (same readers, identity, resumption).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus, type IngestProgress } from '../corpus/ingest/ingest.js';
import type { Store } from '../store/index.js';
import { withStoreCatalogues } from '../store/catalogues/catalogues.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

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

const MAX_JOBS_KEPT = 100;
const MAX_PROBLEMS = 100;

export class Jobs {
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly workers = 1,
  ) {}

  submit(input: JobInput): Job {
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
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.chain = this.chain.then(() => this.run(job, input));
    return job;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when every job submitted so far has ended (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private async run(job: Job, input: JobInput): Promise<void> {
    job.status = 'running';
    let dir: string | null = null;
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
        onProgress: (p) => (job.progress = { ...p }),
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
    }
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= MAX_JOBS_KEPT) break;
      if (job.status === 'done' || job.status === 'failed') this.jobs.delete(id);
    }
  }
}
