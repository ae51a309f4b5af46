// Runs fuzz pages through what `analyze` and `ingest` do with a file (see check-page.ts) and counts how each ended.
// npm run fuzz uses one warm worker thread for page after page. The machine may be shared, and wall time then lies:
// a page is stopped once it has spent 10 s of CPU time (or at 60 s of wall time, whatever its CPU), and re-run alone
// on a fresh thread; it is a hang only if the replay is stopped too. Pages over 10 s of wall time are counted apart.
import { ItemAnalyzer } from '../corpus/ingest/analyze-item.js';
import { checkPage, type Depth, type PageOutcome } from './check-page.js';
import { FuzzThread, type ThreadAnswer } from './fuzz-thread.js';
import type { PageReport } from './fuzz-worker.js';
import { pageOf } from './page-of.js';
import type { MixOptions } from './pages.js';

export interface FuzzOptions extends MixOptions {
  seed: number;
  pages: number;
  /** First page index (to replay one finding: `--from 812 --pages 1`). */
  from?: number;
  /** A page over this much CPU time (or REPLAY_FACTOR times as much wall time) is stopped and replayed; stopped again, a hang. */
  hangMs?: number;
  /** 'thread': pages in a warm worker thread, stopped at hangMs (npm run fuzz); 'inline': in this thread (the test). */
  mode?: 'thread' | 'inline';
  /** 'read': only reading and article extraction (fast, for the short run in npm test); 'all' (default): the pipeline and store rows too. */
  depth?: Depth;
  /** Called after each page (progress). */
  onPage?: (done: number, stats: FuzzStats) => void;
}

export interface Finding {
  id: string;
  kind: string;
  detail: string;
}

export interface FuzzStats {
  seed: number;
  from: number;
  /** Pages done: the run covers pages from … from + pages − 1. */
  pages: number;
  big: boolean;
  /** Every page a big hostile one of at least this many MB (0: the usual mix). */
  minMb: number;
  depth: Depth;
  analysed: number;
  /** Pages of each mutation kind. */
  kinds: Record<string, number>;
  /** Clean refusals, by error code. */
  refused: Record<string, number>;
  crashes: Finding[];
  /** Pages over the limit of wall time: finished later under the CPU rule, or stopped and replayed alone. */
  slow: Finding[];
  /** Pages stopped twice, the second time on the replay alone: the hangs. */
  hangs: Finding[];
  /** Largest resident set of the process (all threads), in MB. */
  peakRssMb: number;
  /** The page that took the most CPU time among those that finished. */
  slowestCpuMs: number;
  slowest: string;
  /** Worker threads started (one, and one more after each stopped or dead page). */
  threads: number;
  seconds: number;
  cpuSeconds: number;
}

type PageSpec = { seed: number; index: number; big: boolean; minMb: number };

export const HANG_MS = 10_000;
/** A page still running at this many times the limit (wall) is stopped whatever its CPU time. */
export const REPLAY_FACTOR = 6;

export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const hangMs = options.hangMs ?? HANG_MS;
  const depth = options.depth ?? 'all';
  const from = options.from ?? 0;
  const big = options.big ?? false;
  const minMb = options.minMb ?? 0;
  const stats: FuzzStats = { seed: options.seed, from, pages: 0, big, minMb, depth, analysed: 0, kinds: {}, refused: {}, crashes: [], slow: [], hangs: [], peakRssMb: 0, slowestCpuMs: 0, slowest: '', threads: 0, seconds: 0, cpuSeconds: 0 };
  const thread = options.mode === 'thread' ? new FuzzThread(depth) : null;
  const inline = thread ? null : new ItemAnalyzer();
  if (inline && depth === 'all') inline.warm(); // loading knowledge takes seconds: not part of the first page's time
  try {
    for (let i = from; i < from + options.pages; i++) {
      const report = thread ? await threaded(thread, { seed: options.seed, index: i, big, minMb }, hangMs, stats) : inlinePage(inline!, { seed: options.seed, index: i, big, minMb }, depth, hangMs, stats);
      if (report) tally(stats, report);
      stats.pages++;
      stats.peakRssMb = Math.max(stats.peakRssMb, Math.round(process.resourceUsage().maxRSS / 1024));
      stats.threads = thread?.started ?? 0;
      stats.seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      stats.cpuSeconds = (used.user + used.system) / 1e6;
      options.onPage?.(stats.pages, stats);
    }
  } finally {
    await thread?.close();
  }
  return stats;
}

/** One page in the warm thread; a page stopped at the limit is replayed alone. Returns null when it was counted here. */
async function threaded(thread: FuzzThread, task: PageSpec, hangMs: number, stats: FuzzStats): Promise<PageReport | null> {
  const first = await thread.run(task, hangMs, hangMs * REPLAY_FACTOR);
  if ('done' in first) {
    const r = first.done;
    if (r.wallMs > hangMs) stats.slow.push({ id: r.id, kind: r.kind, detail: `finished in ${seconds(r.wallMs)} wall, ${seconds(r.cpuMs)} CPU: under the limit of CPU time, not a hang` });
    return r;
  }
  // The page is rebuilt here only to name it in the finding (the thread that had it is gone).
  const page = pageOf(task);
  const name = { id: page.id, kind: page.kind };
  stats.kinds[page.kind] = (stats.kinds[page.kind] ?? 0) + 1;
  if ('died' in first) {
    stats.crashes.push({ ...name, detail: first.died });
    return null;
  }
  const replay: ThreadAnswer = await thread.run(task, hangMs, hangMs * REPLAY_FACTOR);
  const verdict = judgeReplay(first.stopped, replay, hangMs);
  stats.slow.push({ ...name, detail: verdict.detail });
  if (verdict.result === 'hang') stats.hangs.push({ ...name, detail: verdict.detail });
  else if (verdict.result === 'crash') stats.crashes.push({ ...name, detail: verdict.crash });
  else {
    stats.kinds[page.kind]--; // counted again by tally
    return verdict.report;
  }
  return null;
}

export type ReplayVerdict = { result: 'hang'; detail: string } | { result: 'crash'; detail: string; crash: string } | { result: 'counted'; detail: string; report: PageReport };

/**
 * A page stopped on its first run, judged by its replay alone: a hang when the replay is stopped too (or, finished,
 * spent over the limit in CPU time); a crash when the thread died; else the replay's outcome counts as the page's.
 */
export function judgeReplay(first: { wallMs: number; cpuMs: number }, replay: ThreadAnswer, hangMs: number): ReplayVerdict {
  const firstRun = `stopped at ${seconds(first.wallMs)} wall, ${seconds(first.cpuMs)} CPU`;
  if ('died' in replay) return { result: 'crash', detail: `${firstRun}; the replay's thread died`, crash: replay.died };
  if ('stopped' in replay) return { result: 'hang', detail: `${firstRun}; replay alone stopped too at ${seconds(replay.stopped.wallMs)} wall, ${seconds(replay.stopped.cpuMs)} CPU` };
  const r = replay.done;
  const detail = `${firstRun}; replay alone ${seconds(r.wallMs)} wall, ${seconds(r.cpuMs)} CPU`;
  return r.cpuMs > hangMs ? { result: 'hang', detail } : { result: 'counted', detail, report: r };
}

/** One page in this thread (the short run in npm test): a hang is over the limit of CPU time. */
function inlinePage(analyzer: ItemAnalyzer, task: PageSpec, depth: Depth, hangMs: number, stats: FuzzStats): PageReport | null {
  const page = pageOf(task);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const outcome: PageOutcome = checkPage(analyzer, page.name, page.bytes, depth);
  const wallMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const report: PageReport = { seq: task.index, id: page.id, kind: page.kind, bytes: page.bytes.length, outcome, wallMs, cpuMs: (used.user + used.system) / 1000 };
  if (report.cpuMs <= hangMs) return report;
  stats.kinds[page.kind] = (stats.kinds[page.kind] ?? 0) + 1;
  stats.hangs.push({ id: page.id, kind: page.kind, detail: `took ${seconds(report.cpuMs)} CPU, ${seconds(wallMs)} wall` });
  return null;
}

function tally(stats: FuzzStats, r: PageReport): void {
  stats.kinds[r.kind] = (stats.kinds[r.kind] ?? 0) + 1;
  if (r.cpuMs > stats.slowestCpuMs) {
    stats.slowestCpuMs = r.cpuMs;
    stats.slowest = `${r.id} (${r.kind}, ${r.bytes} bytes, ${seconds(r.wallMs)} wall)`;
  }
  const o = r.outcome;
  if (o.result === 'analysed') stats.analysed++;
  else if (o.result === 'refused') stats.refused[o.code] = (stats.refused[o.code] ?? 0) + 1;
  else for (const detail of o.details) stats.crashes.push({ id: r.id, kind: r.kind, detail });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
