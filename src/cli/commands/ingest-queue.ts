// `claimtrail ingest … --queue`: adds the items to the job queue in PostgreSQL and returns.
import { ClaimtrailError } from '../../core/errors.js';
import { enqueueInputs } from '../../queue/enqueue.js';
import { PostgresStore } from '../../store/postgres/engine.js';
import { isPostgresUrl } from '../../store/postgres/url.js';

export async function enqueueCommand(location: string, paths: string[], format: string | undefined): Promise<number> {
  if (!isPostgresUrl(location)) throw new ClaimtrailError('CLI_USAGE', { detail: '--queue needs a PostgreSQL database that workers share: give --db postgres://USER:PASSWORD@HOST:5432/DATABASE.' });
  const store = await PostgresStore.open(location);
  try {
    const s = await enqueueInputs({ store, paths, onProblem: (line) => process.stderr.write(`claimtrail: ${line}\n`) });
    if (format === 'json') process.stdout.write(`${JSON.stringify({ ...s, store: store.location }, null, 2)}\n`);
    else {
      process.stdout.write(
        `Queued ${s.enqueued} item${s.enqueued === 1 ? '' : 's'} from ${s.inputs} input${s.inputs === 1 ? '' : 's'} in ${store.location} in ${s.seconds.toFixed(1)} s; ${s.skipped} already done or repeated; ${s.problems} problem${s.problems === 1 ? '' : 's'}. ` +
          `Start "claimtrail worker --db …" on any machine to process them; "claimtrail jobs --db …" shows progress.\n`,
      );
    }
    return s.problems ? 1 : 0;
  } finally {
    await store.close();
  }
}
