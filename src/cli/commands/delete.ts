// `claimtrail delete <id…> --db S` and `claimtrail delete --source ORIGIN --db S`: removes stored documents with
// every row, search entry and summary line of theirs (corpus/delete.ts); a re-ingest of the input stores it again.
import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { deleteDocuments, deleteSource } from '../../corpus/delete.js';
import { openStore } from '../../store/index.js';

export const deleteHelp = `claimtrail delete <document ids…> --db FILE|postgres://…
claimtrail delete --source PATH --db FILE|postgres://…

Deletes stored documents: their text, search entry, quotes, claims, entity links, techniques, narratives and
near-duplicate links, and the ingest records of the inputs that stored them (so ingesting them again stores them
again). The corpus summaries are rebuilt. An id the store does not hold is an error, and then nothing is deleted.

  --source PATH   every document stored from this input, as ingest recorded it: a file, a folder (its files), or a
                  JSON Lines file or feed (its items)
  --db STORE      the corpus store (required)`;

export async function deleteCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, source: { type: 'string' } } });
  if (!values.db) throw new ClaimtrailError('CLI_USAGE', { detail: `Give the store to delete from with --db.\n\n${deleteHelp}` });
  if ((values.source === undefined) === !positionals.length) throw new ClaimtrailError('CLI_USAGE', { detail: `Give document ids or --source PATH (one of the two).\n\n${deleteHelp}` });
  const ids = positionals.map((p) => {
    if (!/^\d{1,15}$/.test(p) || Number(p) < 1) throw new ClaimtrailError('CLI_USAGE', { detail: `"${p}" is not a document id: ids are the whole numbers \`claimtrail search\` lists.` });
    return Number(p);
  });
  const store = await openStore(values.db, { mustExist: true });
  try {
    const result = values.source !== undefined ? await deleteSource(store, values.source) : await deleteDocuments(store, ids);
    process.stdout.write(`Deleted ${result.deleted.length} document${result.deleted.length === 1 ? '' : 's'}${result.deleted.length ? ` (${result.deleted.join(', ')})` : ''} and ${result.sources} ingest record${result.sources === 1 ? '' : 's'} from ${store.location}.\n`);
    return 0;
  } finally {
    await store.close();
  }
}
