// `claimtrail narratives check FILE…`: validate catalogues, then read each example against the others (leave-one-out)
// and report the examples that match nothing or only another narrative. A report, not a gate: exit 0 when the files
// are valid, 2 when one is not.
import { parseArgs } from 'node:util';
import { ClaimtrailError, isClaimtrailError } from '../../core/errors.js';
import { checkCatalogue, type CheckReport, type ExampleResult } from '../../knowledge/narratives/check.js';

export const narrativesCheckHelp = `claimtrail narratives check FILE… [--format text|json] [--narratives-only]

Validates narrative catalogues (YAML, JSON or CSV; errors name file, line and field), then reads each example as an
article against the catalogue of the other examples, through the narratives stage, and lists the examples that
match nothing and those that match another narrative. Exit code 0 when the files are valid, 2 when one is not.

Options:
  --format text|json   text for reading (default), JSON for machines
  --narratives-only    validate for use without the built-in catalogue (ids may repeat built-in ones)`;

export async function narrativesCheckCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, 'narratives-only': { type: 'boolean' } } });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${format}". Use text or json.` });
  if (!positionals.length) throw new ClaimtrailError('CLI_USAGE', { detail: 'Name the catalogue files to check: claimtrail narratives check my.yml' });
  const progress = process.stderr.isTTY ? (done: number, total: number) => process.stderr.write(`\rchecking example ${done} of ${total}`) : undefined;
  let report: CheckReport;
  try {
    report = checkCatalogue(positionals, { builtIn: !values['narratives-only'], onExample: progress });
  } catch (error) {
    if (!isClaimtrailError(error) || (error.code !== 'CATALOGUE_INVALID' && error.code !== 'INPUT_NOT_FOUND')) throw error;
    if (format === 'json') process.stdout.write(`${JSON.stringify({ valid: false, error: error.message }, null, 2)}\n`);
    process.stderr.write(`claimtrail narratives check: ${error.message}\n`);
    return 2;
  }
  if (progress) process.stderr.write('\n');
  process.stdout.write(format === 'json' ? `${JSON.stringify({ valid: true, ...report }, null, 2)}\n` : checkText(report));
  return 0;
}

export function checkText(r: CheckReport): string {
  const lines = [
    `${r.files.join(', ')}: valid, ${r.narratives} narratives, ${r.examples} examples.`,
    'Each example read as an article against the catalogue of the other examples:',
    `  ${r.counts.own + r.counts.also} of ${r.examples} match their own narrative${r.counts.also ? ` (${r.counts.also} of them another one too)` : ''}; ${r.counts.none} match nothing; ${r.counts.other} only another narrative.`,
  ];
  const show = (title: string, list: ExampleResult[], tail: (x: ExampleResult) => string) => {
    if (!list.length) return;
    lines.push('', `${title} (${list.length}):`);
    for (const x of list) lines.push(`  ${x.narrative} example ${x.example}${x.language ? ` [${x.language}]` : ''}: "${clip(x.text)}"${tail(x)}`);
  };
  const names = (x: ExampleResult) => x.matched.map((m) => `${m.id} ${m.score}`).join(', ');
  show('Match nothing', r.results.filter((x) => x.verdict === 'none'), (x) => (x.alone ? ' (its narrative has no other example)' : ''));
  show('Match another narrative only', r.results.filter((x) => x.verdict === 'other'), (x) => ` → ${names(x)}`);
  show('Match their own and another narrative', r.results.filter((x) => x.verdict === 'also'), (x) => ` → ${names(x)}`);
  return `${lines.join('\n')}\n`;
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 90 ? `${one.slice(0, 89)}…` : one;
}
