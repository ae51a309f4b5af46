import { parseArgs } from 'node:util';
import { duplicatesView } from '../../corpus/views/duplicates.js';
import { duplicatesMd } from '../../corpus/views/markdown.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';

export const duplicatesHelp = `claimtrail duplicates --db FILE [options]

Near-duplicate groups: the earliest publication of each group (the origin) and its republications or light edits,
with their similarity, the groups with the most copies first. The same view as GET /api/duplicates.

Options:
${viewOptionsHelp} (default 50)
  --doc ID           the group of one stored document`;

export async function duplicatesCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...viewOptions, doc: { type: 'string' } } });
  const doc = intOption('doc', values.doc);
  return printView(values.db, values.format, (store) => duplicatesView(store, { doc, limit: intOption('limit', values.limit) }), duplicatesMd);
}
