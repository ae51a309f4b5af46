import { readFileSync } from 'node:fs';
import { ClaimtrailError, isClaimtrailError } from '../core/errors.js';
import { analyzeCommand, analyzeHelp } from './commands/analyze.js';
import { evalCommand, evalHelp } from './commands/eval.js';
import { describeFailure } from './failures.js';

const HELP = `claimtrail — who said what, which claims, which entities, with character-exact evidence

Usage:
  claimtrail analyze <files or folders…> [--format json|jsonl|md|html] [--out PATH]
  claimtrail eval <task> …     researcher formats (extraction, attribution)
  claimtrail help [command]
  claimtrail --version

${analyzeHelp}`;

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  analyze: { run: analyzeCommand, help: analyzeHelp },
  eval: { run: evalCommand, help: evalHelp },
};

/** Runs the CLI; returns the exit code. Never lets an error out as a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] && commands[rest[0]];
    process.stdout.write(`${topic ? topic.help : HELP}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`claimtrail: unknown command "${name}". Run "claimtrail help" for the list.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (isClaimtrailError(error) && error.code === 'CLI_USAGE') {
      process.stderr.write(`claimtrail ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`claimtrail ${name}: ${error.message}. Run "claimtrail help ${name}".\n`);
      return 2;
    }
    process.stderr.write(`claimtrail: ${describeFailure(name, error)}\n`);
    return 1;
  }
}

export { ClaimtrailError };
