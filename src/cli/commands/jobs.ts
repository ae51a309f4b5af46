import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { dropFailed, queueStatus, retryFailed, statusText, type QueueStatus } from '../../queue/status.js';
import { PostgresStore } from '../../store/postgres/engine.js';
import { isPostgresUrl } from '../../store/postgres/url.js';
import { openStore, storeLocation, type Store } from '../../store/index.js';
import { listRescoreJobs } from '../../store/catalogues/rescore.js';
import { intOption } from './corpus-view.js';
import { rescoreLine } from './narratives-upload.js';

export const jobsHelp = `claimtrail jobs --db postgres://… [--failures N] [--retry-failed | --drop-failed] [--format text|json]

Shows the ingest queue: jobs waiting, running, waiting to be retried (with back-off) and failed (after their
attempts), what is stored, the rate of the last minute, the workers connected, and the errors of failing jobs.
Then the jobs re-scoring stored documents after a narrative catalogue changed (done of total), for any store:
claimtrail jobs --db FILE shows those alone.

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
  if (values.format !== 'text' && values.format !== 'json') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${values.format}". Use text or json.` });
  if (url && !isPostgresUrl(url)) return rescoreJobs(await openStore(url, { mustExist: true }), values.format === 'json', null);
  if (!url || !isPostgresUrl(url)) throw new ClaimtrailError('CLI_USAGE', { detail: `Name the store with --db FILE or --db postgres://… (or set CLAIMTRAIL_DB).` });
  const store = await PostgresStore.open(url, { mustExist: true });
  try {
    if (values['retry-failed']) process.stderr.write(`${await retryFailed(store)} failed job(s) put back in the queue.\n`);
    if (values['drop-failed']) process.stderr.write(`${await dropFailed(store)} failed job(s) removed.\n`);
    const status = await queueStatus(store, { failures: intOption('failures', values.failures) });
    return await rescoreJobs(store, values.format === 'json', status, statusText(status));
  } finally {
    await store.close();
  }
}

/** The re-scoring jobs of any store, after the queue's status where there is one; closes a store it opened alone. */
async function rescoreJobs(store: Store, json: boolean, status: QueueStatus | null, text = ''): Promise<number> {
  try {
    const jobs = await listRescoreJobs(store, 10);
    const lines = jobs.length ? ['Re-scoring after catalogue changes (newest first):', ...jobs.map((j) => `  ${rescoreLine(j)}`)] : ['No re-scoring jobs.'];
    process.stdout.write(json ? `${JSON.stringify({ ...status, rescore: jobs }, null, 2)}\n` : `${text ? `${text}\n` : ''}${lines.join('\n')}\n`);
    return 0;
  } finally {
    if (!status) await store.close();
  }
}
