import { ClaimtrailError } from '../../core/errors.js';
import { evalAttribution } from './eval-attribution.js';
import { evalClefCheckworthiness } from './eval-clef-checkworthiness.js';
import { evalClefClaimRetrieval, evalClefClaimRetrievalHelp } from './eval-clef-claim-retrieval.js';
import { evalExtraction } from './eval-extraction.js';
import { evalPtcHelp, evalPtcSi, evalPtcTc } from './eval-ptc.js';

export const evalHelp = `claimtrail eval <task> [options] — write claimtrail's output in the formats public scorers read

  claimtrail eval extraction --html DIR --out FILE.json
      {id: {"articleBody": text}} for every .html/.html.gz page in DIR (id = file name without extension)
  claimtrail eval attribution --articles DIR --out DIR
      brat .ann files (Source, Cue, Content spans and Attribution events, as PolNeAR) for every .txt in DIR
  claimtrail eval clef-checkworthiness --input FILE.tsv
      line_number<TAB>score for a CLEF CheckThat! debate file (line_number<TAB>speaker<TAB>text[<TAB>label])

${evalClefClaimRetrievalHelp}

${evalPtcHelp}

Scores on ../shared/datasets: npm run eval -- <extraction|attribution|checkworthiness|techniques|claim-retrieval>`;

const tasks: Record<string, (args: string[]) => Promise<number>> = {
  extraction: evalExtraction,
  attribution: evalAttribution,
  'clef-checkworthiness': evalClefCheckworthiness,
  'clef-claim-retrieval': evalClefClaimRetrieval,
  'ptc-si': evalPtcSi,
  'ptc-tc': evalPtcTc,
};

export async function evalCommand(args: string[]): Promise<number> {
  const [task, ...rest] = args;
  const run = task ? tasks[task] : undefined;
  if (!run) throw new ClaimtrailError('CLI_USAGE', { detail: `${task ? `Unknown eval task "${task}".` : 'Name an eval task.'} Tasks: ${Object.keys(tasks).join(', ')}.\n\n${evalHelp}` });
  return run(rest);
}
