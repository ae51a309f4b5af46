// One warm fuzz worker thread: pages go to it one at a time; a page still running at its time limit is stopped by
// ending the thread, and a thread that dies takes only its page with it. Either way the next page gets a fresh
// thread; otherwise the same thread (knowledge loaded once) serves every page.
import { Worker } from 'node:worker_threads';
import { ANALYSIS_OLD_SPACE_MB } from '../corpus/ingest/heap-limit.js';
import type { Depth } from './check-page.js';
import type { PageReport, PageTask, WorkerSetup } from './fuzz-worker.js';

export type ThreadAnswer =
  | { done: PageReport }
  /** Over the limit of CPU time, or still running at the cap of wall time: the thread was ended. `cpuMs`: the process's CPU time meanwhile. */
  | { stopped: { wallMs: number; cpuMs: number } }
  /** The thread died on the page (an uncaught error, out of memory, a native fault). */
  | { died: string };

/**
 * The heap limit of ingest's analysis threads, so that the fuzz run sees what ingest would: a page that needs more
 * dies here as it would there (a crash), and garbage is collected as soon as there (without the limit V8 let the
 * thread's heap grow to a gigabyte over a run of big pages, none of it live).
 */
const resourceLimits = { maxOldGenerationSizeMb: ANALYSIS_OLD_SPACE_MB };

/** Built, the worker is fuzz-worker.js beside this file; under tsx a small bootstrap registers tsx in the thread first. */
function startWorker(setup: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./fuzz-worker.js', import.meta.url), { workerData: setup, resourceLimits });
  const target = new URL('./fuzz-worker.ts', import.meta.url).href;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true, workerData: setup, resourceLimits });
}

export class FuzzThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  /** The current thread has exited (between pages too): the next page needs a fresh one. */
  private exited = false;
  private seq = 0;
  /** Threads started so far (the first, and one after each stopped or dead page). */
  started = 0;
  /** The heap limit (old and young space, MB) the current thread reported once ready. */
  heapLimitMb = 0;

  constructor(private readonly depth: Depth) {}

  private start(): { worker: Worker; ready: Promise<void> } {
    if (this.worker && this.ready && !this.exited) return { worker: this.worker, ready: this.ready };
    if (this.worker) this.drop(this.worker);
    const worker = startWorker({ depth: this.depth });
    this.started++;
    this.exited = false;
    // An error between pages must not throw in this thread; the page in flight, if any, reports it.
    worker.on('error', () => {});
    worker.once('exit', () => {
      if (this.worker === worker) this.exited = true;
    });
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (msg: unknown) => {
        if (typeof msg === 'object' && msg !== null && 'ready' in msg) {
          if ('heapLimitMb' in msg && typeof msg.heapLimitMb === 'number') this.heapLimitMb = msg.heapLimitMb;
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the fuzz worker thread exited (code ${code}) before it was ready`)));
    });
    ready.catch(() => {}); // awaited in run(); this keeps a failure before then from counting as unhandled
    this.worker = worker;
    this.ready = ready;
    return { worker, ready };
  }

  /**
   * Runs one page; the clocks start once the thread has loaded its knowledge. The page is stopped once the process
   * has spent `limitMs` of CPU time on it (this thread sleeps meanwhile, so that is the page's), or at `capMs` of wall
   * time whatever its CPU: on a loaded machine a page may wait far longer than it works.
   */
  async run(task: Omit<PageTask, 'seq'>, limitMs: number, capMs = limitMs): Promise<ThreadAnswer> {
    const { worker, ready } = this.start();
    try {
      await ready;
    } catch (error) {
      // A thread that cannot start fails every page the same way: the run stops with the reason, no page is blamed.
      this.drop(worker);
      throw new Error(`the fuzz worker thread could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const seq = this.seq++;
    const cpu = process.cpuUsage();
    const t = performance.now();
    const answer = await new Promise<ThreadAnswer>((resolve) => {
      const finish = (a: ThreadAnswer) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(a);
      };
      const onMessage = (msg: PageReport) => {
        if (msg.seq === seq) finish({ done: msg });
      };
      const onError = (error: Error) => finish({ died: `the thread died: ${error.stack ?? error.message}` });
      const onExit = (code: number) => finish({ died: `the thread exited with code ${code}` });
      // CPU time cannot pass wall time by much (one busy thread), so the first look is at limitMs of wall time.
      const check = () => {
        const used = process.cpuUsage(cpu);
        const cpuMs = (used.user + used.system) / 1000;
        const wallMs = performance.now() - t;
        if (cpuMs > limitMs || wallMs >= capMs) return finish({ stopped: { wallMs, cpuMs } });
        timer = setTimeout(check, Math.max(1, Math.min(limitMs - cpuMs, capMs - wallMs)));
      };
      let timer = setTimeout(check, Math.min(limitMs, capMs));
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ ...task, seq } satisfies PageTask);
    });
    if (!('done' in answer)) this.drop(worker);
    return answer;
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) {
      this.worker = null;
      this.ready = null;
    }
    void worker.terminate();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    if (worker) await worker.terminate();
  }
}
