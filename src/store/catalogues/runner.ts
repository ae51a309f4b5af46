// Runs a store's re-scoring jobs in the background of a long-lived process (the server), one at a time: a job
// submitted while another runs supersedes it, and the older stops at its next document.
import type { Store } from '../types.js';
import { runRescore, submitRescore, unfinishedRescore, type RescoreJob } from './rescore.js';

export interface RunnerOptions {
  /** Awaited before each document: the server lets its ingest jobs finish first (SQLite takes one writer). */
  beforeDocument?: () => Promise<void>;
  log?: (line: string) => void;
}

const runners = new WeakMap<Store, RescoreRunner>();

export class RescoreRunner {
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  private constructor(
    private readonly store: Store,
    private readonly options: RunnerOptions,
  ) {}

  /** The runner of this store (one per store object). */
  static of(store: Store, options: RunnerOptions = {}): RescoreRunner {
    let runner = runners.get(store);
    if (!runner) runners.set(store, (runner = new RescoreRunner(store, options)));
    return runner;
  }

  /** Records a job for the catalogues as they are now and runs it after the jobs before it. */
  async submit(reason: string): Promise<RescoreJob> {
    const job = await submitRescore(this.store, reason);
    this.enqueue(job.id);
    return job;
  }

  /** Resumes the job a stopped process left unfinished, if any. */
  async resume(): Promise<RescoreJob | null> {
    const job = await unfinishedRescore(this.store);
    if (job) this.enqueue(job.id);
    return job;
  }

  /** Resolves when every job queued so far has ended (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  /** Stops between documents; the job stays running in the store, to be resumed. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }

  private enqueue(id: number): void {
    const log = this.options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
    this.chain = this.chain.then(async () => {
      if (this.stopped) return;
      try {
        await runRescore(this.store, id, { shouldStop: () => this.stopped, beforeDocument: this.options.beforeDocument });
      } catch (error) {
        log(`claimtrail: re-scoring job ${id} failed: ${(error as Error).message}`);
      }
    });
  }
}
