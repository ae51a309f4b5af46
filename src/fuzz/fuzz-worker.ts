// Fuzz worker thread: builds each page from (seed, index) itself, so no page crosses threads, runs it through
// checkPage, and answers with the outcome and what the page cost. One thread serves page after page (its knowledge
// loaded once); the main thread replaces it only after a page stopped at the time limit or a thread that died.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { ItemAnalyzer } from '../corpus/ingest/analyze-item.js';
import { checkPage, type Depth, type PageOutcome } from './check-page.js';
import { pageOf } from './page-of.js';
import type { FuzzPage } from './pages.js';

export interface PageTask {
  seq: number;
  seed: number;
  index: number;
  big: boolean;
  minMb?: number;
}

export interface PageReport {
  seq: number;
  id: string;
  kind: FuzzPage['kind'];
  bytes: number;
  outcome: PageOutcome;
  wallMs: number;
  /**
   * CPU time of the whole process while the page ran. The main thread sleeps meanwhile and there is one fuzz
   * thread, so this is the page's own CPU time (plus the garbage collector's helpers): unlike wall time, it does
   * not grow when other programs load the machine.
   */
  cpuMs: number;
}

export interface WorkerSetup {
  depth: Depth;
}

const { depth } = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('fuzz-worker.ts runs only as a worker thread');
const analyzer = new ItemAnalyzer();
// Knowledge is loaded before saying ready: the time limit counts the page only, not seconds of loading.
if (depth === 'all') analyzer.warm();

port.on('message', (task: PageTask) => {
  const page = pageOf(task);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const outcome = checkPage(analyzer, page.name, page.bytes, depth);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const report: PageReport = { seq: task.seq, id: page.id, kind: page.kind, bytes: page.bytes.length, outcome, wallMs, cpuMs: (used.user + used.system) / 1000 };
  port.postMessage(report);
});
// The heap limit the thread runs under (its resourceLimits), so that the runner can check it.
port.postMessage({ ready: true, heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024) });
