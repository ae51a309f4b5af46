// Analysis for the queue worker: the ingest's worker threads, one promise per item, with a time limit. A thread
// that crashes or hangs on a document fails the jobs it held (they are retried, a poison one until its attempts
// run out) and a fresh set of threads takes over; the process itself never goes down for a document.
import type { AnalyzeItemOptions } from '../corpus/ingest/analyze-item.js';
import type { ItemInput } from '../corpus/ingest/item.js';
import { WorkerPool } from '../corpus/ingest/pool.js';
import type { TaskResult } from '../corpus/ingest/worker.js';

interface Waiting {
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class Analysis {
  private pool: WorkerPool | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private seq = 0;

  constructor(
    private readonly threads: number,
    private readonly options: AnalyzeItemOptions,
    private readonly timeoutMs = 120_000,
  ) {}

  private current(): WorkerPool {
    if (this.pool) return this.pool;
    const pool = new WorkerPool(this.threads, this.options, (r) => this.settle(r.seq, (w) => w.resolve(r)), 4);
    this.pool = pool;
    void this.watch(pool);
    return pool;
  }

  /** next() resolves at every result and rejects once a thread has died: then the pool is replaced. */
  private async watch(pool: WorkerPool): Promise<void> {
    try {
      while (this.pool === pool) await pool.next();
    } catch (error) {
      if (this.pool === pool) this.restart(new Error(`an analysis thread failed: ${(error as Error).message}`));
    }
  }

  private settle(seq: number, how: (w: Waiting) => void): void {
    const w = this.waiting.get(seq);
    if (!w) return;
    this.waiting.delete(seq);
    clearTimeout(w.timer);
    how(w);
  }

  /** Throws away the threads (a crash or a hang) and fails what they held. */
  private restart(reason: Error): void {
    const pool = this.pool;
    this.pool = null;
    for (const seq of [...this.waiting.keys()]) this.settle(seq, (w) => w.reject(reason));
    void pool?.close();
  }

  async analyze(origin: string, input: ItemInput): Promise<TaskResult> {
    const seq = this.seq++;
    const pool = this.current();
    const result = new Promise<TaskResult>((resolve, reject) => {
      const timer = setTimeout(() => this.restart(new Error(`analysis of ${origin} took over ${Math.round(this.timeoutMs / 1000)} s; stopped`)), this.timeoutMs);
      this.waiting.set(seq, { resolve, reject, timer });
    });
    try {
      await pool.submit({ seq, origin, input });
    } catch (error) {
      if (this.pool === pool) this.restart(error as Error);
    }
    return result;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}
