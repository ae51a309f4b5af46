// What the corpus view commands share: --db (or CLAIMTRAIL_DB), --format json|md, opening the store, printing.
import { ClaimtrailError } from '../../core/errors.js';
import { openCorpus } from '../../corpus/open.js';
import { storeLocation, type Store } from '../../store/index.js';

export const viewOptions = {
  db: { type: 'string' },
  format: { type: 'string', default: 'json' },
  limit: { type: 'string' },
} as const;

export const viewOptionsHelp = `  --db FILE          the corpus store (default: $CLAIMTRAIL_DB)
  --format json|md   JSON for machines (default), Markdown for reading
  --limit N          how many rows to list`;

export function needFormat(format: string | undefined): 'json' | 'md' {
  if (format !== 'json' && format !== 'md') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${format}". Use json or md.` });
  return format;
}

export function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new ClaimtrailError('CLI_USAGE', { detail: `--${name} must be a positive whole number, not "${value}".` });
  return n;
}

/** Opens the store, runs the view, prints it as JSON or Markdown, closes the store. */
export async function printView<T>(db: string | undefined, format: string | undefined, view: (store: Store) => Promise<T>, md: (result: T) => string): Promise<number> {
  const fmt = needFormat(format);
  const location = storeLocation(db);
  if (!location) throw new ClaimtrailError('CLI_USAGE', { detail: 'Name the corpus store with --db FILE (or set CLAIMTRAIL_DB).' });
  const store = await openCorpus(location);
  try {
    const result = await view(store);
    process.stdout.write(fmt === 'json' ? `${JSON.stringify(result, null, 2)}\n` : md(result));
    return 0;
  } finally {
    await store.close();
  }
}
