// Runs fuzz pages through what `analyze` and `ingest` do with a file: read and decode the bytes, extract the
// article, run the pipeline, and build the rows the store would get. A clean refusal (a ClaimtrailError naming
// the input) is a pass; a crash is an internal error, a stage that failed on the page, or a thread that died.
import { ItemAnalyzer } from '../corpus/ingest/analyze-item.js';
import { classifyFailure } from '../corpus/ingest/failure.js';
import { toRecord } from '../corpus/ingest/record.js';
import { ItemFailedError, TimedAnalyzer } from '../corpus/ingest/timed-analyzer.js';
import { isClaimtrailError } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import { fuzzPage, type FuzzPage, type MixOptions } from './pages.js';

export interface FuzzOptions extends MixOptions {
  seed: number;
  pages: number;
  /** First page index (to replay one finding: `--from 812 --pages 1`). */
  from?: number;
  /** A page analysed longer than this is a hang. */
  hangMs?: number;
  /** 'thread': each page in a worker thread, stopped at hangMs (npm run fuzz); 'inline': in this thread (the test). */
  mode?: 'thread' | 'inline';
  /** 'read': only reading and article extraction (fast, for the short run in npm test); 'all' (default): the pipeline and store rows too. */
  depth?: 'read' | 'all';
  /** Called after each page (progress). */
  onPage?: (done: number, stats: FuzzStats) => void;
}

export interface Finding {
  id: string;
  kind: string;
  detail: string;
}

export interface FuzzStats {
  pages: number;
  analysed: number;
  /** Pages of each mutation kind. */
  kinds: Record<string, number>;
  /** Clean refusals, by error code. */
  refused: Record<string, number>;
  crashes: Finding[];
  hangs: Finding[];
  /** Largest resident set of the process (all threads), in MB. */
  peakRssMb: number;
  slowestMs: number;
  slowest: string;
  seconds: number;
}

export const HANG_MS = 10_000;

export async function runFuzz(options: FuzzOptions): Promise<FuzzStats> {
  const started = performance.now();
  const hangMs = options.hangMs ?? HANG_MS;
  const stats: FuzzStats = { pages: 0, analysed: 0, kinds: {}, refused: {}, crashes: [], hangs: [], peakRssMb: 0, slowestMs: 0, slowest: '', seconds: 0 };
  const thread = options.mode === 'thread' ? new TimedAnalyzer({}, hangMs) : null;
  const inline = thread ? null : new ItemAnalyzer();
  const from = options.from ?? 0;
  const readOnly = options.depth === 'read';
  if (!readOnly) inline?.warm(); // loading knowledge takes seconds: not part of the first page's time
  try {
    for (let i = from; i < from + options.pages; i++) {
      const page = fuzzPage(options.seed, i, options);
      const t = performance.now();
      stats.kinds[page.kind] = (stats.kinds[page.kind] ?? 0) + 1;
      await one(page, stats, thread, inline, readOnly);
      const ms = performance.now() - t;
      if (ms > stats.slowestMs) {
        stats.slowestMs = ms;
        stats.slowest = `${page.id} (${page.kind}, ${page.bytes.length} bytes)`;
      }
      if (!thread && ms > hangMs) stats.hangs.push({ id: page.id, kind: page.kind, detail: `took ${Math.round(ms)} ms` });
      stats.pages++;
      stats.peakRssMb = Math.max(stats.peakRssMb, Math.round(process.resourceUsage().maxRSS / 1024));
      options.onPage?.(stats.pages, stats);
    }
  } finally {
    await thread?.close();
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

async function one(page: FuzzPage, stats: FuzzStats, thread: TimedAnalyzer | null, inline: ItemAnalyzer | null, readOnly: boolean): Promise<void> {
  const input = { kind: 'bytes' as const, name: page.name, bytes: page.bytes };
  let doc: Doc;
  try {
    doc = thread ? await thread.analyze(page.name, page.bytes, readOnly ? 'read' : 'doc') : readOnly ? inline!.document(input) : inline!.analyze(input);
  } catch (error) {
    if (error instanceof ItemFailedError) {
      if (/took over .* to analyse and was stopped/.test(error.message)) stats.hangs.push({ id: page.id, kind: page.kind, detail: error.message });
      else if (error.input) count(stats, error.message);
      else stats.crashes.push({ id: page.id, kind: page.kind, detail: error.message });
    } else if (isClaimtrailError(error) && error.code.startsWith('INPUT_')) count(stats, error.code);
    else stats.crashes.push({ id: page.id, kind: page.kind, detail: classifyFailure(page.name, error).error });
    return;
  }
  stats.analysed++;
  if (readOnly) return;
  for (const m of doc.messages) if (m.ruleId === 'stage-failed') stats.crashes.push({ id: page.id, kind: page.kind, detail: m.reason });
  try {
    toRecord(doc); // what ingest stores
  } catch (error) {
    stats.crashes.push({ id: page.id, kind: page.kind, detail: `building the store rows: ${(error as Error).message}` });
  }
}

/** Refusals are counted by their code; a worker's line carries only the message, so it is bucketed by its wording. */
function count(stats: FuzzStats, codeOrMessage: string): void {
  const key = /^[A-Z_]+$/.test(codeOrMessage) ? codeOrMessage : bucket(codeOrMessage);
  stats.refused[key] = (stats.refused[key] ?? 0) + 1;
}

function bucket(message: string): string {
  if (/binary file/.test(message)) return 'INPUT_BINARY';
  if (/is empty/.test(message)) return 'INPUT_EMPTY';
  if (/the limit is/.test(message)) return 'INPUT_TOO_LARGE';
  if (/no article text/.test(message)) return 'INPUT_NO_ARTICLE';
  if (/could not be read/.test(message)) return 'INPUT_TOO_COMPLEX';
  return 'INPUT_OTHER';
}
