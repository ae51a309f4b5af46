import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { openStore } from '../../store/index.js';
import { copyCorpus } from '../../store/postgres/copy.js';
import { PostgresStore } from '../../store/postgres/engine.js';
import { isPostgresUrl } from '../../store/postgres/url.js';

export const migrateHelp = `claimtrail migrate --from corpus.sqlite --to postgres://USER:PASSWORD@HOST:5432/DATABASE [--format text|json]

Copies a SQLite corpus into PostgreSQL (an empty database, created beforehand with createdb): every table, in
ranges of rows, each range in one transaction. Interrupted, the same command resumes where it stopped. At the end
every table is compared on both sides — row counts and a checksum of the content — and any difference is reported
(exit 1). Stop ingests into the SQLite file while it runs. With only --to, brings the database's tables up to this
claimtrail's version.`;

export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string', default: 'text' } } });
  if (!values.to || !isPostgresUrl(values.to)) throw new ClaimtrailError('CLI_USAGE', { detail: `Give the PostgreSQL database to copy into: --to postgres://…\n\n${migrateHelp}` });
  if (values.from && isPostgresUrl(values.from)) throw new ClaimtrailError('CLI_USAGE', { detail: '--from is a SQLite corpus file; to move between PostgreSQL databases use pg_dump and pg_restore.' });
  const target = await PostgresStore.open(values.to);
  try {
    if (!values.from) {
      process.stdout.write(`${target.location} is at schema version ${target.version}.\n`);
      return 0;
    }
    const source = await openStore(values.from, { readonly: true, mustExist: true });
    try {
      const live = !!process.stderr.isTTY && !process.env.CI;
      const s = await copyCorpus(source, target, (p) => live && process.stderr.write(`\r${p.table}: ${p.rows} rows copied\x1b[K`));
      if (live) process.stderr.write('\r\x1b[K');
      if (values.format === 'json') process.stdout.write(`${JSON.stringify({ from: source.location, to: target.location, ...s }, null, 2)}\n`);
      else {
        const docs = s.tables.find((t) => t.table === 'documents')?.rows ?? 0;
        process.stdout.write(`Copied ${source.location} to ${target.location}${s.resumed ? ' (resumed)' : ''} in ${s.seconds.toFixed(1)} s: ${docs} documents, ${s.tables.reduce((n, t) => n + t.rows, 0)} rows in ${s.tables.length} tables; counts and content checksums match.\n`);
      }
      return 0;
    } finally {
      await source.close();
    }
  } finally {
    await target.close();
  }
}
