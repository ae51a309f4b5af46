// claimtrail eval clef-checkworthiness --input FILE.tsv: CLEF CheckThat! Task 1 format in, scores out.
import { existsSync, readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import { loadCheckworthinessModel } from '../../models/checkworthiness/index.js';

export const evalClefCheckworthinessHelp = `  claimtrail eval clef-checkworthiness --input FILE.tsv
      reads line_number<TAB>speaker<TAB>text[<TAB>label] (CLEF 2019 Task 1) and prints line_number<TAB>score per line (each line ranked in its debate-turn context)`;

/** Prints one `line_number<TAB>score` line for every line of the debate file, in input order. */
export async function evalClefCheckworthiness(args: string[]): Promise<number> {
  const at = args.indexOf('--input');
  const input = at >= 0 ? args[at + 1] : undefined;
  if (!input) throw new ClaimtrailError('CLI_USAGE', { detail: `Give the debate file: --input FILE.tsv\n\n${evalClefCheckworthinessHelp}` });
  if (!existsSync(input)) throw new ClaimtrailError('INPUT_NOT_FOUND', { input });
  const model = loadCheckworthinessModel();
  const rows: { number: string; speaker: string; text: string }[] = [];
  readFileSync(input, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    if (cols.length < 3 || !/^\d+$/.test(cols[0])) {
      throw new ClaimtrailError('INPUT_FORMAT', { input, detail: `line ${i + 1} is not line_number<TAB>speaker<TAB>text (CLEF 2019 Task 1 format)` });
    }
    rows.push({ number: cols[0], speaker: cols[1], text: cols[2] });
  });
  // The whole transcript at once: each line is scored in its turn's context and smoothed with its neighbours.
  const scores = model.rankTranscript(rows);
  process.stdout.write(rows.map((r, i) => `${r.number}\t${scores[i].toFixed(6)}`).join('\n') + (rows.length ? '\n' : ''));
  return 0;
}
