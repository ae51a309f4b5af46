// POST /analyze runs in worker threads, first come first served, so a burst of analyses neither blocks the event loop
// (document fetches and searches go on being answered) nor starves one client behind the others.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzeInput } from '../analyze.js';
import { ANALYSIS_OLD_SPACE_MB } from '../corpus/ingest/heap-limit.js';
import { ClaimtrailError, type ErrorCode, type ErrorParams } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import { ApiError } from './problems.js';

export interface PoolLimits {
  /** An analysis running longer is stopped (its worker thread terminated) and answered 422. */
  timeoutMs: number;
  /** Analyses waiting for a thread; beyond it requests are answered 503 with Retry-After. */
  maxQueue: number;
}

export const DEFAULT_POOL_LIMITS: PoolLimits = { timeoutMs: 30_000, maxQueue: 64 };

/** A new thread loads the models before it says it is ready: that time is not the request's, but it is bounded too. */
const STARTUP_MS = 120_000;

type Reply = { id: number; doc: Doc } | { id: number; error: { code: ErrorCode; params: ErrorParams } | { message: string; stack?: string } } | { ready: true };

interface Task {
  id: number;
  input: AnalyzeInput;
  resolve: (doc: Doc) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

/** Under tsx (tests, the dev CLI) the worker is the .ts file, and a worker thread needs tsx's hooks registered first. */
function startWorker(): Worker {
  // The heap limit of ingest's analysis threads: without it V8 lets garbage from big pages pile up to gigabytes.
  const resourceLimits = { maxOldGenerationSizeMb: ANALYSIS_OLD_SPACE_MB };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analysis-worker.js', import.meta.url), { resourceLimits });
  const target = new URL('./analysis-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`, { eval: true, resourceLimits });
}

export class AnalysisPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private started = 0;
  private nextId = 0;
  private closed = false;
  /** Threads ended for their time: their exit is expected, not a loss. */
  private readonly stopped = new WeakSet<Worker>();
  /** Threads that have loaded their models: a request's time limit starts when its thread is ready. */
  private readonly ready = new WeakSet<Worker>();

  constructor(
    readonly size = Math.max(1, Math.min(4, availableParallelism() - 1)),
    readonly limits: PoolLimits = DEFAULT_POOL_LIMITS,
  ) {}

  analyze(input: AnalyzeInput): Promise<Doc> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (this.queue.length >= this.limits.maxQueue) {
      return Promise.reject(new ApiError('busy', `${this.queue.length} analyses are waiting; try again in a few seconds.`, { 'retry-after': '5' }));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length && (this.idle.length || this.started < this.size)) {
      const worker = this.idle.pop() ?? this.spawn();
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      this.startTimer(worker, task);
      worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): Worker {
    const worker = startWorker();
    this.started++;
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        this.ready.add(worker);
        const waiting = this.busy.get(worker);
        if (waiting) this.startTimer(worker, waiting); // the startup bound gives way to the request's own limit
        return;
      }
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      clearTimeout(task?.timer);
      if (task) {
        if ('doc' in reply) task.resolve(reply.doc);
        else if ('code' in reply.error) task.reject(new ClaimtrailError(reply.error.code, reply.error.params));
        else task.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      }
      this.dispatch();
    });
    // A worker that dies fails its task (a 500, logged) and is replaced at the next request.
    const lost = (error: Error) => {
      if (this.stopped.has(worker)) return;
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      clearTimeout(task?.timer);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      this.started--;
      task?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => code !== 0 && !this.closed && lost(new Error(`an analysis worker stopped (exit code ${code})`)));
    worker.unref();
    return worker;
  }

  private startTimer(worker: Worker, task: Task): void {
    clearTimeout(task.timer);
    const ms = this.ready.has(worker) ? this.limits.timeoutMs : this.limits.timeoutMs + STARTUP_MS;
    task.timer = setTimeout(() => this.stop(worker, task), ms);
  }

  /** Over its time: the only way to stop synchronous work in a thread is to end the thread; a new one replaces it. */
  private stop(worker: Worker, task: Task): void {
    if (this.busy.get(worker) !== task) return;
    this.busy.delete(worker);
    this.stopped.add(worker);
    this.started--;
    task.reject(new ApiError('analysis-too-slow', `The analysis took over ${this.limits.timeoutMs < 1000 ? `${this.limits.timeoutMs} ms` : `${Math.round(this.limits.timeoutMs / 1000)} s`} and was stopped. Send a shorter article, or analyse it with the CLI.`));
    void worker.terminate();
    if (!this.closed) this.dispatch(); // a fresh thread takes the next task
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.reject(new Error('the server is stopping'));
    for (const t of this.busy.values()) clearTimeout(t.timer);
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
