import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { speakerMd } from '../../corpus/views/markdown.js';
import { speakerView } from '../../corpus/views/speaker.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';

export const speakerHelp = `claimtrail speaker "NAME" --db FILE [options]

What one person said, where and when, earliest first: every quote whose speaker resolves to the same entity, in
every language and spelling the gazetteer or the corpus knows ("Zamir Kabulov" finds Замир Кабулов and ضمير كابولوف).

Options:
${viewOptionsHelp} (quotes, default 100)
  --offset N         skip the first N quotes`;

export async function speakerCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...viewOptions, offset: { type: 'string' } } });
  const name = positionals.join(' ').trim();
  if (!name) throw new ClaimtrailError('CLI_USAGE', { detail: `Give the person's name.\n\n${speakerHelp}` });
  return printView(values.db, values.format, (store) => speakerView(store, name, { limit: intOption('limit', values.limit), offset: intOption('offset', values.offset) }), speakerMd);
}
