import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { dropFailed, queueStatus, retryFailed, statusText } from '../../queue/status.js';
import { PostgresStore } from '../../store/postgres/engine.js';
import { isPostgresUrl } from '../../store/postgres/url.js';
import { storeLocation } from '../../store/index.js';
import { intOption } from './corpus-view.js';

export const jobsHelp = `claimtrail jobs --db postgres://… [--failures N] [--retry-failed | --drop-failed] [--format text|json]

Shows the ingest queue: jobs waiting, running, waiting to be retried (with back-off) and failed (after their
attempts), what is stored, the rate of the last minute, the workers connected, and the errors of failing jobs.

Options:
  --db URL             the PostgreSQL database (default: $CLAIMTRAIL_DB)
  --failures N         failing jobs listed (default 20)
  --retry-failed       put failed jobs back in the queue with fresh attempts
  --drop-failed        remove failed jobs from the queue
  --format text|json   (default text)`;

export async function jobsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { db: { type: 'string' }, failures: { type: 'string' }, 'retry-failed': { type: 'boolean', default: false }, 'drop-failed': { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
  });
  const url = storeLocation(values.db);
  if (!url || !isPostgresUrl(url)) throw new ClaimtrailError('CLI_USAGE', { detail: `The job queue lives in PostgreSQL: give --db postgres://… (or set CLAIMTRAIL_DB).` });
  if (values.format !== 'text' && values.format !== 'json') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${values.format}". Use text or json.` });
  const store = await PostgresStore.open(url, { mustExist: true });
  try {
    if (values['retry-failed']) process.stderr.write(`${await retryFailed(store)} failed job(s) put back in the queue.\n`);
    if (values['drop-failed']) process.stderr.write(`${await dropFailed(store)} failed job(s) removed.\n`);
    const status = await queueStatus(store, { failures: intOption('failures', values.failures) });
    process.stdout.write(values.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : `${statusText(status)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
