// Searches of a SQLite store run in reader threads, each with its own read-only connection. better-sqlite3 is
// synchronous: on the event loop, one search ranking 30,000 matches holds up every other request (document fetches,
// views, the other searches) for its whole run; in threads, searches run beside each other and beside the event
// loop. A search that waits for a thread longer than its budget is answered 503 busy with Retry-After, and past
// `maxQueue` waiting searches the answer is 503 at once, so load is refused instead of queued for ever. One that
// runs past the run limit has its thread ended (the only way to stop synchronous work) and replaced; only a
// runaway search does, since a thread's start-up costs a second or more, in which others would wait. Until the
// first thread has opened the store (a second or so), searches run on the main thread.
import { Worker } from 'node:worker_threads';
import type { SearchQuery } from '../corpus/views/index.js';
import { expandQuery } from '../corpus/views/expand.js';
import type { searchView } from '../corpus/views/search.js';
import { ClaimtrailError, type ErrorCode, type ErrorParams } from '../core/errors.js';
import { ApiError } from './problems.js';

export type SearchResult = Awaited<ReturnType<typeof searchView>>;

export interface SearchPoolLimits {
  /** Milliseconds a search may wait for a thread; past it the answer is 503 (nothing is stopped). */
  budgetMs: number;
  /** Milliseconds a search may run in its thread; past it the thread is ended (and replaced) and the answer is 503. */
  runMs: number;
  /** Searches waiting for a thread; beyond it requests are answered 503 at once. */
  maxQueue: number;
}

/** Milliseconds after which a queued search goes first, however few wait on it (next()). */
export const PRIORITY_WAIT_MS = 750;

export const DEFAULT_SEARCH_LIMITS: SearchPoolLimits = { budgetMs: 10_000, runMs: 30_000, maxQueue: 256 };

type Reply = { id: number; result: SearchResult } | { id: number; error: { code: ErrorCode; params: ErrorParams } | { message: string; stack?: string } } | { ready: true };

interface Task {
  id: number;
  query: SearchQuery;
  /** Requests waiting on this search (identical ones join it, search-cache.ts). */
  waiters: () => number;
  queuedAt: number;
  resolve: (result: SearchResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Reader {
  worker: Worker;
  ready: boolean;
  task: Task | null;
}

/** Under tsx (tests, the dev CLI) the worker is the .ts file, and a worker thread needs tsx's hooks registered first. */
function startWorker(path: string): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./search-worker.js', import.meta.url), { workerData: { path } });
  const target = new URL('./search-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`, { eval: true, workerData: { path } });
}

/**
 * Four reader threads, whatever the cores. A search is CPU work, and on a machine shared with other work (or
 * saturated by the server itself) the OS shares CPU between threads: with one or two readers beside the event loop,
 * searches got that small share, the closed loop of clients piled up in their queue and waited seconds, while the
 * event loop's cheap answers (views, kept searches) went by. Measured by bench/server.ts at 100,000 documents on 2
 * cores at load 25-34: search p99 in the second half of the run 3.5 s with 2 threads, 1.1 s with 4 (views' p99 0.3
 * s → 0.9 s). Each thread holds a read-only connection and its page cache: the server's RSS at the start of the
 * mixed run was 282 MB with 2, 397 MB with 4.
 */
export const DEFAULT_SEARCH_THREADS = 4;

export class SearchPool {
  private readers: Reader[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  /** Set when no thread could open the store: every search then runs on the main thread. */
  private broken = false;
  /** A thread has opened the store: from then on searches wait for threads rather than run on the main thread. */
  private announced = false;

  constructor(
    /** The SQLite file. */
    readonly path: string,
    /** Searches on the main thread (the store's own connection), while no reader is ready. */
    private readonly direct: (query: SearchQuery) => Promise<SearchResult>,
    readonly size = DEFAULT_SEARCH_THREADS,
    readonly limits: SearchPoolLimits = DEFAULT_SEARCH_LIMITS,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Threads that have opened the store. */
  get readyThreads(): number {
    return this.readers.filter((r) => r.ready).length;
  }

  /** Starts the threads now (they open the store in the background); searches start them otherwise. */
  start(): void {
    if (this.closed || this.broken) return;
    while (this.readers.length < this.size) this.readers.push(this.spawn());
  }

  search(query: SearchQuery, waiters: () => number = () => 1): Promise<SearchResult> {
    if (this.closed) return Promise.reject(new Error('the search pool is closed'));
    if (this.broken) return this.direct(query);
    this.start();
    // Before the first thread is up; later, a thread being replaced is waited for (queued), not worked around.
    if (!this.announced) return this.direct(query);
    if (this.queue.length >= this.limits.maxQueue) return Promise.reject(busy(`${this.queue.length} searches are waiting`));
    // Aliases are added here, from the gazetteer the main thread loads once: a thread that loaded it would spend a
    // second or more of CPU on it and hold it in memory, each of the four (the threads' first searches waited on it).
    const expanded: SearchQuery = query.expand === false ? query : { ...query, query: expandQuery(query.query), expand: false };
    return new Promise<SearchResult>((resolve, reject) => {
      const task: Task = { id: this.nextId++, query: expanded, waiters, queuedAt: performance.now(), resolve, reject, timer: setTimeout(() => this.expire(task), this.limits.budgetMs) };
      this.queue.push(task);
      this.dispatch();
    }).then((result) => ({ ...result, query: query.query }));
  }

  private dispatch(): void {
    for (const reader of this.readers) {
      if (!this.queue.length) return;
      if (!reader.ready || reader.task) continue;
      const task = this.next();
      reader.task = task;
      // Its wait is over: from now on only the run limit applies (ending a thread costs a new one's start-up).
      clearTimeout(task.timer);
      task.timer = setTimeout(() => this.expire(task), this.limits.runMs);
      reader.worker.ref(); // a search under way keeps the process up; an idle thread does not
      reader.worker.postMessage({ id: task.id, query: task.query });
    }
  }

  /**
   * The next search to run: the one the most requests wait on (identical requests joined to it), the oldest of
   * equals; but the oldest of all once it has waited PRIORITY_WAIT_MS. When a store is first searched, every
   * request misses the cache: a search fifty requests wait on, queued behind never-repeated ones, made fifty slow
   * answers where it could make none; the age limit bounds what a search no one else asks for waits.
   */
  private next(): Task {
    const head = this.queue[0];
    if (performance.now() - head.queuedAt >= PRIORITY_WAIT_MS) return this.queue.shift() as Task;
    let best = 0;
    let most = head.waiters();
    for (let i = 1; i < this.queue.length; i++) {
      const n = this.queue[i].waiters();
      if (n > most) (best = i), (most = n);
    }
    return this.queue.splice(best, 1)[0];
  }

  private spawn(): Reader {
    const reader: Reader = { worker: startWorker(this.path), ready: false, task: null };
    reader.worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        reader.ready = true;
        reader.worker.unref(); // held while it started: searches may be waiting for it
        if (!this.announced) {
          this.announced = true;
          this.log(`claimtrail serve: search threads ready (${this.size})`);
        }
        this.dispatch();
        return;
      }
      const task = reader.task;
      reader.task = null;
      reader.worker.unref();
      if (task && task.id === reply.id) {
        clearTimeout(task.timer);
        if ('result' in reply) task.resolve(reply.result);
        else if ('code' in reply.error) task.reject(new ClaimtrailError(reply.error.code, reply.error.params));
        else task.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      }
      this.dispatch();
    });
    // A thread that dies fails its search (a 500, logged); a new one takes its place at the next search. One that
    // dies before opening the store means none can: the pool falls back to the main thread for good.
    const lost = (error: Error) => {
      if (!this.readers.includes(reader)) return;
      this.readers = this.readers.filter((r) => r !== reader);
      if (reader.task) {
        clearTimeout(reader.task.timer);
        reader.task.reject(error);
      }
      if (!reader.ready && !this.closed) {
        this.broken = true;
        this.log(`claimtrail serve: search threads could not open ${this.path} (${error.message}); searching on the main thread`);
        for (const t of this.queue.splice(0)) {
          clearTimeout(t.timer);
          this.direct(t.query).then(t.resolve, t.reject);
        }
      }
    };
    reader.worker.on('error', lost);
    reader.worker.on('exit', (code) => !this.closed && lost(new Error(`a search thread stopped (exit code ${code})`)));
    return reader;
  }

  /** A queued search past its wait budget leaves the queue; a running one past its run limit has its thread ended. */
  private expire(task: Task): void {
    const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
    const at = this.queue.indexOf(task);
    if (at >= 0) {
      this.queue.splice(at, 1);
      task.reject(busy(`the search waited over ${seconds(this.limits.budgetMs)} for a thread`));
      return;
    }
    const error = busy(`the search ran over ${seconds(this.limits.runMs)}`);
    const reader = this.readers.find((r) => r.task === task);
    if (!reader) return;
    this.readers = this.readers.filter((r) => r !== reader);
    task.reject(error);
    void reader.worker.terminate();
    if (!this.closed) {
      this.readers.push(this.spawn());
      this.dispatch();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) {
      clearTimeout(t.timer);
      t.reject(new Error('the server is stopping'));
    }
    for (const r of this.readers) if (r.task) clearTimeout(r.task.timer);
    await Promise.all(this.readers.map((r) => r.worker.terminate()));
    this.readers = [];
  }
}

function busy(why: string): ApiError {
  return new ApiError('search-busy', `The server is busy searching: ${why}. Try again in a few seconds, or narrow the search (a rarer word, a filter).`, { 'retry-after': '2' });
}
