// A pool of worker threads running the analysis; results come back in any order, tagged with their sequence number.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeItemOptions } from './analyze-item.js';
import type { Task, TaskResult } from './worker.js';

/**
 * Built, the worker is worker.js beside this file. Under tsx (tests, the dev CLI) it is worker.ts, and a worker
 * thread does not inherit tsx's module hooks: a small bootstrap registers them in the thread first.
 */
function startWorker(options: AnalyzeItemOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
  const target = new URL('./worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true, workerData: options });
}

export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private waiting: (() => void)[] = [];
  private failure: Error | null = null;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly options: AnalyzeItemOptions,
    private readonly onResult: (result: TaskResult) => void,
    /** Tasks queued per worker: enough that none idles while the main thread writes. */
    private readonly depth = 8,
  ) {}

  /** Threads start at the first task: a run with nothing left to do starts none. */
  private start(): void {
    for (let i = 0; i < Math.max(1, this.size); i++) {
      const worker = startWorker(this.options);
      const slot = { worker, busy: 0 };
      worker.on('message', (msg: TaskResult | { ready: true }) => {
        if ('ready' in msg) return;
        slot.busy--;
        this.onResult(msg);
        this.wake();
      });
      worker.on('error', (error) => {
        this.failure = error;
        this.wake();
      });
      worker.on('exit', (code) => {
        if (!this.closing) this.failure ??= new Error(`an analysis worker stopped (exit code ${code})`);
        this.wake();
      });
      this.workers.push(slot);
    }
  }

  static defaultSize(): number {
    return availableParallelism();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    w.forEach((f) => f());
  }

  private free() {
    let best: { worker: Worker; busy: number } | null = null;
    for (const s of this.workers) if (s.busy < this.depth && (!best || s.busy < best.busy)) best = s;
    return best;
  }

  /** Sends a task, waiting first while every worker has `depth` tasks queued. */
  async submit(task: Task): Promise<void> {
    if (!this.workers.length) this.start();
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.free();
      if (slot) {
        slot.busy++;
        slot.worker.postMessage(task);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  get pending(): number {
    return this.workers.reduce((n, s) => n + s.busy, 0);
  }

  /** Waits until every task sent has come back, or until `until` says stop waiting. */
  async drain(until: () => boolean = () => false): Promise<void> {
    while (this.pending > 0 && !until()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Resolves at the next result (or failure). */
  next(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((s) => s.worker.terminate()));
  }
}
