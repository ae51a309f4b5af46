import { parseArgs } from 'node:util';
import { narrativesMd } from '../../corpus/views/markdown.js';
import { narrativesView } from '../../corpus/views/narratives.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';
import { narrativesCheckCommand, narrativesCheckHelp } from './narratives-check.js';
import { narrativesStoreCommand, narrativesUploadHelp } from './narratives-upload.js';

export const narrativesHelp = `claimtrail narratives --db FILE [options]

Per narrative: the articles that carry it (earliest first), outlets, languages, first seen, and a weekly timeline.

Options:
${viewOptionsHelp} (articles listed per narrative, default 50)
  --narrative ID     one narrative only

${narrativesCheckHelp}

${narrativesUploadHelp}`;

export async function narrativesCommand(args: string[]): Promise<number> {
  if (args[0] === 'check') return narrativesCheckCommand(args.slice(1));
  if (['upload', 'remove', 'rescore', 'catalogues'].includes(args[0])) return narrativesStoreCommand(args[0], args.slice(1));
  const { values } = parseArgs({ args, options: { ...viewOptions, narrative: { type: 'string' } } });
  return printView(values.db, values.format, (store) => narrativesView(store, { narrative: values.narrative, documents: intOption('limit', values.limit) }), narrativesMd);
}
