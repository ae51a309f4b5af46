import { parseArgs } from 'node:util';
import { outletsMd } from '../../corpus/views/markdown.js';
import { outletsView } from '../../corpus/views/outlets.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';

export const outletsHelp = `claimtrail outlets --db FILE [options]

Per outlet: volume, languages, narratives carried, persuasion technique spans scored 0.3 or more per 1,000 words
of its text (per 100 articles too, in JSON), first and last article,
and republication (its articles copied from elsewhere; its originals copied by others).

Options:
${viewOptionsHelp} (default 100)
  --outlet NAME      one outlet only`;

export async function outletsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...viewOptions, outlet: { type: 'string' } } });
  return printView(values.db, values.format, (store) => outletsView(store, { outlet: values.outlet, limit: intOption('limit', values.limit) }), outletsMd);
}
