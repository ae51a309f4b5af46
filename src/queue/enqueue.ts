// `claimtrail ingest … --queue`: reads the inputs as ingest does and adds one job per item not already done, then
// returns. Workers (worker.ts), on this machine or any other, analyse and store them.
import { ClaimtrailError } from '../core/errors.js';
import { planInputs, readInputs } from '../corpus/ingest/readers/index.js';
import type { PostgresStore } from '../store/postgres/engine.js';
import { addIngestJobs, migrateQueue } from './graphile.js';
import { encodePayload, type IngestPayload } from './payload.js';

export interface EnqueueOptions {
  store: PostgresStore;
  paths: string[];
  /** Jobs added per transaction. */
  batchSize?: number;
  onProblem?: (line: string) => void;
  onProgress?: (p: EnqueueSummary) => void;
  log?: (line: string) => void;
}

export interface EnqueueSummary {
  inputs: number;
  enqueued: number;
  /** Items already stored (or recorded as failed input) by an earlier run or worker. */
  skipped: number;
  problems: number;
  problemLines: string[];
  seconds: number;
}

export async function enqueueInputs(options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = performance.now();
  const { store } = options;
  await migrateQueue(store.pool, options.log ?? (() => {})).catch((error: unknown) => {
    throw new ClaimtrailError('QUEUE_FAILED', { input: store.location, detail: `its job tables could not be created (${(error as Error).message})` }, { cause: error });
  });
  const plan = planInputs(options.paths);
  const s: EnqueueSummary = { inputs: plan.inputs.length, enqueued: 0, skipped: 0, problems: 0, problemLines: [], seconds: 0 };
  const problem = (line: string) => {
    s.problems++;
    if (s.problemLines.length < 1000) s.problemLines.push(line);
    options.onProblem?.(line);
  };
  plan.problems.forEach(problem);
  const batchSize = options.batchSize ?? 200;
  let batch = new Map<string, IngestPayload>();
  const seen = new Set<string>();

  const flush = async () => {
    if (!batch.size) return;
    const payloads = [...batch.values()];
    batch = new Map();
    const done = new Set((await store.all<{ key: string }>(`SELECT key FROM sources WHERE key IN (${payloads.map(() => '?').join(', ')})`, payloads.map((p) => p.key))).map((r) => r.key));
    const fresh = payloads.filter((p) => !done.has(p.key));
    s.skipped += payloads.length - fresh.length;
    const client = await store.pool.connect();
    try {
      s.enqueued += await addIngestJobs(client, fresh);
    } finally {
      client.release();
    }
    options.onProgress?.(s);
  };

  for await (const event of readInputs(plan.inputs)) {
    if (event.type === 'problem') {
      problem(event.message);
      continue;
    }
    const { key, origin, input } = event.item;
    // The same item twice in this run is queued once (the job key would fold them anyway; the count stays true).
    if (seen.has(key)) {
      s.skipped++;
      continue;
    }
    seen.add(key);
    batch.set(key, encodePayload(key, origin, input));
    if (batch.size >= batchSize) await flush();
  }
  await flush();
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
