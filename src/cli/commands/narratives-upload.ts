// `claimtrail narratives upload FILE --db S [--name N]`: keep a catalogue in the store (validated with the built-in
// one and the store's others), then re-score the stored documents; `narratives rescore --db S` finishes a job an
// interrupted run left (or starts one); `narratives remove NAME --db S` deletes a catalogue.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { deleteCatalogue, listCatalogues, putCatalogue } from '../../store/catalogues/catalogues.js';
import { runRescore, submitRescore, unfinishedRescore, type RescoreJob } from '../../store/catalogues/rescore.js';
import { openStore, storeLocation, type Store } from '../../store/index.js';

export const narrativesUploadHelp = `claimtrail narratives upload FILE --db S [--name N] [--no-rescore] [--format text|json]
claimtrail narratives remove NAME --db S
claimtrail narratives rescore --db S
claimtrail narratives catalogues --db S [--format text|json]

upload keeps a catalogue (YAML, JSON or CSV) in the store under a name (default: the file name without its
extension), replacing one of that name; its narratives are then matched, beside the built-in catalogue, by every
ingest into the store and by a job that re-scores the documents already stored (progress on stderr). Ctrl-C stops
the job between documents; "narratives rescore" resumes it. --no-rescore leaves the job for "narratives rescore"
(or the server) to run. Exit code 2 when the catalogue is invalid.`;

export async function narrativesStoreCommand(action: string, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, name: { type: 'string' }, 'no-rescore': { type: 'boolean' }, format: { type: 'string', default: 'text' } } });
  const location = storeLocation(values.db);
  if (!location) throw new ClaimtrailError('CLI_USAGE', { detail: 'Name the corpus store with --db FILE (or set CLAIMTRAIL_DB).' });
  if (values.format !== 'text' && values.format !== 'json') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${values.format}". Use text or json.` });
  const json = values.format === 'json';
  if (action === 'upload' && positionals.length !== 1) throw new ClaimtrailError('CLI_USAGE', { detail: 'Give one catalogue file: claimtrail narratives upload my.yml --db corpus.db' });
  if (action === 'remove' && positionals.length !== 1) throw new ClaimtrailError('CLI_USAGE', { detail: 'Give the name of the catalogue to remove (claimtrail narratives catalogues --db … lists them).' });
  const content = action === 'upload' ? readCatalogue(positionals[0]) : '';
  const store = await openStore(location, { mustExist: action !== 'upload' });
  try {
    if (action === 'catalogues') {
      const list = await listCatalogues(store);
      process.stdout.write(json ? `${JSON.stringify(list, null, 2)}\n` : list.length ? list.map((c) => `${c.name}  ${c.format}, version ${c.version}, ${c.narratives} narratives, ${c.examples} examples, uploaded ${c.uploadedAt}\n`).join('') : 'No catalogues in this store.\n');
      return 0;
    }
    let job: RescoreJob | null;
    if (action === 'upload') {
      const name = values.name ?? basename(positionals[0]).replace(/\.[^.]*$/, '');
      let result: Awaited<ReturnType<typeof putCatalogue>>;
      try {
        result = await putCatalogue(store, name, content, positionals[0], positionals[0]);
      } catch (error) {
        if (!(error instanceof ClaimtrailError) || error.code !== 'CATALOGUE_INVALID') throw error;
        process.stderr.write(`claimtrail narratives upload: ${error.message}\n`);
        return 2;
      }
      const c = result.catalogue;
      process.stderr.write(`${result.created ? 'Stored' : result.changed ? 'Replaced' : 'Unchanged:'} catalogue "${c.name}" (version ${c.version}, ${c.narratives} narratives, ${c.examples} examples) in ${store.location}.\n`);
      job = result.changed ? await submitRescore(store, `upload ${c.name} (version ${c.version})`) : null;
      if (job && values['no-rescore']) process.stderr.write(`Re-scoring job ${job.id} queued: run "claimtrail narratives rescore --db ${location}" to run it.\n`);
      else if (job) job = await rescore(store, job);
    } else if (action === 'remove') {
      if (!(await deleteCatalogue(store, positionals[0]))) throw new ClaimtrailError('CLI_USAGE', { detail: `There is no catalogue "${positionals[0]}" in ${store.location}.` });
      process.stderr.write(`Removed catalogue "${positionals[0]}".\n`);
      job = await rescore(store, await submitRescore(store, `remove ${positionals[0]}`));
    } else {
      const unfinished = await unfinishedRescore(store);
      job = await rescore(store, unfinished ?? (await submitRescore(store, 'narratives rescore')));
    }
    if (json) process.stdout.write(`${JSON.stringify({ job }, null, 2)}\n`);
    return job?.status === 'failed' ? 1 : 0;
  } finally {
    await store.close();
  }
}

/** Runs a job in the foreground with progress on a terminal; Ctrl-C stops it between documents, resumable. */
async function rescore(store: Store, job: RescoreJob): Promise<RescoreJob> {
  let stop = false;
  const onSignal = () => (stop = true);
  process.once('SIGINT', onSignal);
  const tty = process.stderr.isTTY;
  try {
    const done = await runRescore(store, job.id, { shouldStop: () => stop, onProgress: (j) => tty && process.stderr.write(`\rre-scoring: ${j.progress.done} of ${j.progress.total} documents`) });
    if (tty) process.stderr.write('\n');
    process.stderr.write(`${rescoreLine(done)}${done.status === 'running' ? ` — stopped; "claimtrail narratives rescore --db …" resumes it` : ''}\n`);
    return done;
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

export function rescoreLine(j: RescoreJob): string {
  return `Re-scoring job ${j.id} (${j.reason}): ${j.status}, ${j.progress.done} of ${j.progress.total} documents${j.finished ? `, finished ${j.finished}` : ''}${j.error ? `; ${j.error}` : ''}`;
}

function readCatalogue(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path }, { cause: error });
  }
}
