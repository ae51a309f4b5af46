import { parseArgs } from 'node:util';
import { claimsView } from '../../corpus/views/claims.js';
import { claimsMd } from '../../corpus/views/markdown.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';

export const claimsHelp = `claimtrail claims --db FILE [options]

Claims that say the same thing across articles and languages (one frame: predicate and actors; or the same
words), with their first appearance (date, outlet, speaker), articles, outlets, languages and weekly timeline.

Options:
${viewOptionsHelp} (clusters, default 50)
  --min-articles N   clusters carried by at least N articles (default 2)
  --cluster ID       one cluster, with every appearance`;

export async function claimsCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...viewOptions, 'min-articles': { type: 'string' }, cluster: { type: 'string' } } });
  return printView(
    values.db,
    values.format,
    (store) => claimsView(store, { limit: intOption('limit', values.limit), minArticles: intOption('min-articles', values['min-articles']), cluster: intOption('cluster', values.cluster) }),
    claimsMd,
  );
}
