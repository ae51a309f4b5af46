// Batch ingest: readers stream items, worker threads analyse them, the main thread writes them in input order, a
// batch per transaction. Items already done (by the hash of their raw bytes) are skipped before analysis, so a
// second run of the same input, or a run resumed after a kill, does only what is left.
import { ClaimtrailError } from '../../core/errors.js';
import type { PresetOptions } from '../../preset.js';
import type { Store } from '../../store/index.js';
import { refreshSummaries } from '../summaries.js';
import { buildKnowledge } from '../../stages/narratives/index.js';
import { planInputs, readInputs } from './readers/index.js';
import { WorkerPool } from './pool.js';
import type { Task, TaskResult } from './worker.js';
import { timeoutFailure } from './failure.js';
import { CorpusWriter, type Outcome } from './write.js';

export interface IngestOptions {
  store: Store;
  paths: string[];
  /** Worker threads (default: the cores available). */
  workers?: number;
  /** Documents per transaction. */
  batchSize?: number;
  /** Options for the default pipeline (`narratives: { files }` for catalogues, as `analyze --narratives`). */
  preset?: PresetOptions;
  maxBytes?: number;
  /** Characters of clean text analysed per item (default DEFAULT_MAX_CHARS). */
  maxChars?: number;
  /** Character set of article files (.html, .txt), instead of the declared or sniffed one: BOM-less UTF-16. */
  encoding?: string | null;
  /** Longest one item may take to analyse (default DEFAULT_TIME_LIMIT_MS; 0 for none); it then fails, recorded as done. */
  timeLimitMs?: number;
  onProblem?: (message: string) => void;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Stops the run early (a server that lost its job's lease to another): no more items are read; those already being
   * analysed are still written, so nothing analysed is lost and nothing is stored twice (the next run skips them).
   */
  signal?: AbortSignal;
}

export interface IngestProgress {
  bytesRead: number;
  bytesTotal: number;
  /** Items analysed (or failed) so far in this run. */
  analysed: number;
  stored: number;
  duplicates: number;
  failed: number;
  /** Items found already done by an earlier run. */
  skipped: number;
  problems: number;
}

export interface IngestSummary extends IngestProgress {
  inputs: number;
  seconds: number;
  /** Of which rebuilding the summary tables at the end. */
  summarySeconds: number;
  problemLines: string[];
  /** The run was stopped by its signal before all input was read (the summary tables were not rebuilt). */
  stopped: boolean;
}

const MAX_WRITE_FAILURES = 3;

/** Per-item analysis time limit, as the queue workers have: one hostile page must not stall a batch. */
export const DEFAULT_TIME_LIMIT_MS = 120_000;

export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  // A bad narrative catalogue stops the run before any input is read (the workers would each fail on it).
  if (options.preset?.narratives) buildKnowledge(options.preset.narratives);
  const plan = planInputs(options.paths);
  const p: IngestProgress = { bytesRead: 0, bytesTotal: plan.inputs.reduce((n, i) => n + i.size, 0), analysed: 0, stored: 0, duplicates: 0, failed: 0, skipped: 0, problems: 0 };
  const problemLines: string[] = [];
  const problem = (line: string) => {
    p.problems++;
    if (problemLines.length < 1000) problemLines.push(line);
    options.onProblem?.(line);
  };
  plan.problems.forEach(problem);

  const writer = new CorpusWriter(store);
  const batchSize = options.batchSize ?? 64;
  const results = new Map<number, Outcome>();
  const pending = new Map<number, { key: string; origin: string }>();
  const inFlight = new Set<string>();
  let nextSeq = 0;
  let nextWrite = 0;
  let batch: Outcome[] = [];
  let lastWrite = performance.now();
  let writeFailures = 0;

  const onResult = (r: TaskResult) => {
    const item = pending.get(r.seq);
    if (!item) return;
    pending.delete(r.seq);
    p.analysed++;
    results.set(r.seq, 'record' in r ? { ...item, record: r.record } : { ...item, error: r.error, input: r.input });
    if ('error' in r) problem(r.error);
  };
  const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const limit = limitMs > 0 ? { ms: limitMs, timedOut: (task: Task, ms: number): TaskResult => ({ seq: task.seq, ...timeoutFailure(task.origin, ms) }) } : null;
  const pool = new WorkerPool(options.workers ?? WorkerPool.defaultSize(), { preset: options.preset, maxBytes: options.maxBytes, maxChars: options.maxChars, encoding: options.encoding ?? null }, onResult, 8, limit);

  const flush = async (force: boolean) => {
    while (results.has(nextWrite)) {
      batch.push(results.get(nextWrite) as Outcome);
      results.delete(nextWrite++);
    }
    if (!batch.length || (!force && batch.length < batchSize && performance.now() - lastWrite < 1000)) return;
    const writing = batch;
    batch = [];
    lastWrite = performance.now();
    try {
      const r = await writer.write(writing);
      p.stored += r.stored;
      p.duplicates += r.duplicates;
      p.failed += r.failed;
      p.skipped += r.seen;
      writeFailures = 0;
    } catch (error) {
      const code = (error as { code?: string }).code;
      const detail = `${code ?? 'error'}: ${(error as Error).message} (items ${writing[0].origin} … ${writing[writing.length - 1].origin})`;
      problem(new ClaimtrailError('STORE_WRITE', { input: store.location, detail }, { cause: error }).message);
      if (++writeFailures >= MAX_WRITE_FAILURES) throw new ClaimtrailError('STORE_WRITE', { input: store.location, detail: `${MAX_WRITE_FAILURES} batches in a row could not be written; stopping` });
    } finally {
      for (const o of writing) inFlight.delete(o.key);
    }
    options.onProgress?.(p);
  };

  try {
    for await (const event of readInputs(plan.inputs, { add: (n) => (p.bytesRead += n) })) {
      if (options.signal?.aborted) break;
      if (event.type === 'problem') {
        problem(event.message);
        continue;
      }
      const { key, origin, input } = event.item;
      if (inFlight.has(key) || (await writer.isDone(key))) {
        p.skipped++;
        continue;
      }
      inFlight.add(key);
      const seq = nextSeq++;
      pending.set(seq, { key, origin });
      await pool.submit({ seq, origin, input });
      await flush(false);
    }
    while (pool.pending > 0) {
      await pool.next();
      await flush(false);
    }
    await flush(true);
  } finally {
    await pool.close();
  }
  const stopped = options.signal?.aborted ?? false;
  const summaryStarted = performance.now();
  // A stopped run leaves the summaries to the run that goes on with its input (it rebuilds them at its end).
  if (!stopped) await refreshSummaries(store);
  const now = performance.now();
  return { ...p, inputs: plan.inputs.length, seconds: (now - started) / 1000, summarySeconds: (now - summaryStarted) / 1000, problemLines, stopped };
}
