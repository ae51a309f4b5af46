// Analysis of one document at a time in a worker thread, under a time limit (for `claimtrail analyze`): a page that
// takes too long is stopped with INPUT_TIMEOUT and the thread replaced, and the next input goes on.
import type { Doc } from '../../core/types.js';
import type { AnalyzeItemOptions } from './analyze-item.js';
import { timeoutFailure } from './failure.js';
import { WorkerPool } from './pool.js';
import type { DocResult, Task } from './worker.js';

/** A failure already worded for the user (the worker ran describeFailure on it). */
export class ItemFailedError extends Error {
  constructor(
    message: string,
    /** The input's own fault (bad input, time limit), as opposed to a bug. */
    readonly input: boolean,
  ) {
    super(message);
    this.name = 'ItemFailedError';
  }
}

export class TimedAnalyzer {
  private pool: WorkerPool<DocResult> | null = null;
  private readonly waiting = new Map<number, { resolve: (doc: Doc) => void; reject: (e: Error) => void }>();
  private seq = 0;

  constructor(
    private readonly options: AnalyzeItemOptions,
    private readonly timeLimitMs: number,
  ) {}

  private current(): WorkerPool<DocResult> {
    const timedOut = (task: Task, ms: number): DocResult => ({ seq: task.seq, ...timeoutFailure(task.origin, ms) });
    this.pool ??= new WorkerPool<DocResult>(1, this.options, (r) => this.settle(r), 1, this.timeLimitMs > 0 ? { ms: this.timeLimitMs, timedOut } : null);
    return this.pool;
  }

  private settle(r: DocResult): void {
    const w = this.waiting.get(r.seq);
    if (!w) return;
    this.waiting.delete(r.seq);
    if ('doc' in r) w.resolve(r.doc);
    else w.reject(new ItemFailedError(r.error, r.input));
  }

  /** Reads and analyses one file's bytes (as `analyzeBytes` does), in the worker thread; `read`: stop after reading. */
  async analyze(name: string, bytes: Uint8Array, want: 'doc' | 'read' = 'doc'): Promise<Doc> {
    const seq = this.seq++;
    const done = new Promise<Doc>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    done.catch(() => {}); // awaited below; this only keeps an early rejection from counting as unhandled
    const pool = this.current();
    try {
      await pool.submit({ seq, origin: name, input: { kind: 'bytes', name, bytes }, want });
      // next() resolves at every result and rejects once the thread has died (a crash, not a time-out).
      while (this.waiting.has(seq)) await pool.next();
    } catch (error) {
      this.waiting.delete(seq);
      this.pool = null;
      await pool.close();
      throw error;
    }
    return done;
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
