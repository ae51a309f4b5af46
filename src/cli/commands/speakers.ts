import { parseArgs } from 'node:util';
import { speakersMd } from '../../corpus/views/markdown.js';
import { speakersView } from '../../corpus/views/speakers.js';
import { intOption, printView, viewOptions, viewOptionsHelp } from './corpus-view.js';

export const speakersHelp = `claimtrail speakers --db FILE [options]

The people quoted in the corpus, most quoted first: quotes, articles, outlets, languages, first and last quoted.
One person is one row whatever the spelling (Zamir Kabulov, Замир Кабулов, ضمير كابولوف).

Options:
${viewOptionsHelp} (default 50)`;

export async function speakersCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: viewOptions });
  return printView(values.db, values.format, (store) => speakersView(store, { limit: intOption('limit', values.limit) }), speakersMd);
}
