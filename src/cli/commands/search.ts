import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { searchMd } from '../../corpus/views/markdown.js';
import { searchView } from '../../corpus/views/search.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';

export const searchHelp = `claimtrail search "query" --db FILE [options]

Full-text search over the corpus, best match first, with the matching passage. Words are all required; "a phrase"
in quotes is matched as a phrase; word* matches a prefix. A word or "phrase" that names a known entity also finds
its other names in every script (ISIS → Daesh, ИГИЛ, داعش), and a Russian word its other endings (Кабулова → Кабулов…);
--exact searches only what you typed.

Options:
${viewOptionsHelp}
  --outlet NAME      only this outlet
  --language CODE    only this language (ISO 639-1)
  --from DATE        published on or after (YYYY-MM-DD)
  --to DATE          published on or before (YYYY-MM-DD)
  --narrative ID     only articles carrying this narrative
  --speaker NAME     only articles quoting this person (any spelling: Zamir Kabulov, Замир Кабулов, ضمير كابولوف)
  --offset N         skip the first N hits
  --exact            no alias or ending expansion`;

const DATE = /^\d{4}-\d{2}-\d{2}/;

export async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...viewOptions, outlet: { type: 'string' }, language: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, narrative: { type: 'string' }, speaker: { type: 'string' }, offset: { type: 'string' }, exact: { type: 'boolean', default: false } },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new ClaimtrailError('CLI_USAGE', { detail: `Give the words to search for.\n\n${searchHelp}` });
  for (const key of ['from', 'to'] as const) {
    if (values[key] && !DATE.test(values[key] as string)) throw new ClaimtrailError('CLI_USAGE', { detail: `--${key} must be a date (YYYY-MM-DD), not "${values[key]}".` });
  }
  return printView(
    values.db,
    values.format,
    (store) => searchView(store, { query, outlet: values.outlet, language: values.language, from: values.from, to: values.to, narrative: values.narrative, speaker: values.speaker, limit: intOption('limit', values.limit), offset: intOption('offset', values.offset), expand: !values.exact }),
    searchMd,
  );
}
