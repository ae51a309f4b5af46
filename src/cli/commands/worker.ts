import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/file.js';
import { isPostgresUrl } from '../../store/postgres/url.js';
import { runWorker } from '../../queue/worker.js';
import { storeLocation } from '../../store/index.js';
import { intOption } from './corpus-view.js';

export const workerHelp = `claimtrail worker --db postgres://USER:PASSWORD@HOST:5432/DATABASE [options]

Takes ingest jobs from the queue in PostgreSQL (added by "claimtrail ingest … --queue"), analyses and stores them.
Start as many as you like, on as many machines: each item is stored once, however many run and whatever fails. A
worker killed mid-job leaves its job to the others; a lost database connection is waited out with back-off. Stops
cleanly on SIGINT or SIGTERM (jobs in hand are finished first).

Options:
  --db URL             the PostgreSQL database (default: $CLAIMTRAIL_DB)
  --threads N          analysis threads (default 1; about one per core you give the worker)
  --concurrency N      jobs in hand at once (default: twice the threads)
  --max-bytes N        largest article accepted (default ${DEFAULT_MAX_BYTES})
  --verbose            the queue engine's own messages too`;

export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, threads: { type: 'string' }, concurrency: { type: 'string' }, 'max-bytes': { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const url = storeLocation(values.db);
  if (!url || !isPostgresUrl(url)) throw new ClaimtrailError('CLI_USAGE', { detail: `Workers share a PostgreSQL database: give --db postgres://… (or set CLAIMTRAIL_DB).\n\n${workerHelp}` });
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const stats = await runWorker({
    url,
    threads: intOption('threads', values.threads),
    concurrency: intOption('concurrency', values.concurrency),
    maxBytes: intOption('max-bytes', values['max-bytes']),
    verbose: values.verbose,
    signal: controller.signal,
  });
  process.stderr.write(`claimtrail worker: stopped; ${stats.stored} stored, ${stats.duplicates} duplicates, ${stats.seen} already done, ${stats.inputFailures} bad inputs recorded, ${stats.retried} retried jobs, ${stats.restarts} reconnections.\n`);
  return 0;
}
