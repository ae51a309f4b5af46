// A pool of worker threads running the analysis; results come back in any order, tagged with their sequence number.
// With a time limit, a thread still busy with one task after the limit is replaced: that task fails (its result
// comes from `timedOut`), the tasks queued behind it go to the fresh thread, and the run goes on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeItemOptions } from './analyze-item.js';
import { ANALYSIS_OLD_SPACE_MB } from './heap-limit.js';
import type { Task, TaskResult } from './worker.js';

/**
 * Built, the worker is worker.js beside this file. Under tsx (tests, the dev CLI) it is worker.ts, and a worker
 * thread does not inherit tsx's module hooks: a small bootstrap registers them in the thread first.
 */
function startWorker(options: AnalyzeItemOptions): Worker {
  // A bounded heap per thread: without it V8 lets a long batch's garbage grow RSS far past what is live.
  const resourceLimits = { maxOldGenerationSizeMb: ANALYSIS_OLD_SPACE_MB };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: options, resourceLimits });
  const target = new URL('./worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true, workerData: options, resourceLimits });
}

export interface TimeLimit<R> {
  /** Longest one task may run, from when its thread starts on it. */
  ms: number;
  /** The result reported for a task stopped at the limit. */
  timedOut: (task: Task, ms: number) => R;
}

interface Slot {
  worker: Worker;
  /** Tasks posted to this thread and not yet answered, oldest (the one running) first. */
  queue: Task[];
  timer: NodeJS.Timeout | null;
  /** The thread has built its pipeline: only from then does the clock of its first task run. */
  ready: boolean;
}

export class WorkerPool<R extends { seq: number } = TaskResult> {
  private readonly workers: Slot[] = [];
  private waiting: (() => void)[] = [];
  private failure: Error | null = null;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly options: AnalyzeItemOptions,
    private readonly onResult: (result: R) => void,
    /** Tasks queued per worker: enough that none idles while the main thread writes. */
    private readonly depth = 8,
    private readonly limit: TimeLimit<R> | null = null,
  ) {}

  /** Threads start at the first task: a run with nothing left to do starts none. */
  private start(): void {
    for (let i = 0; i < Math.max(1, this.size); i++) {
      const slot: Slot = { worker: null as unknown as Worker, queue: [], timer: null, ready: false };
      this.attach(slot);
      this.workers.push(slot);
    }
  }

  /** Gives the slot a fresh thread; events of a thread the slot has since dropped are ignored. */
  private attach(slot: Slot): void {
    const worker = startWorker(this.options);
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (msg: R | { ready: true }) => {
      if (slot.worker !== worker) return;
      if ('ready' in msg) {
        slot.ready = true;
        this.arm(slot);
        return;
      }
      const i = slot.queue.findIndex((t) => t.seq === msg.seq);
      if (i >= 0) slot.queue.splice(i, 1);
      this.arm(slot);
      this.onResult(msg);
      this.wake();
    });
    worker.on('error', (error) => {
      if (slot.worker !== worker) return;
      this.failure = error;
      this.wake();
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      if (!this.closing) this.failure ??= new Error(`an analysis worker stopped (exit code ${code})`);
      this.wake();
    });
  }

  /** (Re)starts the clock for the task at the head of the slot's queue. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const limit = this.limit;
    const head = slot.queue[0];
    if (!limit || !head || !slot.ready || this.closing) return;
    slot.timer = setTimeout(() => this.expire(slot, head, limit), limit.ms);
  }

  private expire(slot: Slot, task: Task, limit: TimeLimit<R>): void {
    if (slot.queue[0] !== task || this.closing) return;
    const stuck = slot.worker;
    const rest = slot.queue.slice(1);
    slot.queue = [];
    this.attach(slot);
    void stuck.terminate();
    for (const t of rest) {
      slot.queue.push(t);
      slot.worker.postMessage(t);
    }
    this.arm(slot);
    this.onResult(limit.timedOut(task, limit.ms));
    this.wake();
  }

  static defaultSize(): number {
    return availableParallelism();
  }

  private wake(): void {
    const w = this.waiting;
    this.waiting = [];
    w.forEach((f) => f());
  }

  private free(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.workers) if (s.queue.length < this.depth && (!best || s.queue.length < best.queue.length)) best = s;
    return best;
  }

  /** Sends a task, waiting first while every worker has `depth` tasks queued. */
  async submit(task: Task): Promise<void> {
    if (!this.workers.length) this.start();
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.free();
      if (slot) {
        slot.queue.push(task);
        slot.worker.postMessage(task);
        if (slot.queue.length === 1) this.arm(slot);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  get pending(): number {
    return this.workers.reduce((n, s) => n + s.queue.length, 0);
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
    for (const s of this.workers) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.workers.map((s) => s.worker.terminate()));
  }
}
