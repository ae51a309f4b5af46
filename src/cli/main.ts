import { readFileSync } from 'node:fs';
import { ClaimtrailError, isClaimtrailError } from '../core/errors.js';
import { analyzeCommand, analyzeHelp } from './commands/analyze.js';
import { evalCommand, evalHelp } from './commands/eval.js';
import { exportCommand, exportHelp } from './commands/export.js';
import { claimsCommand, claimsHelp } from './commands/claims.js';
import { deleteCommand, deleteHelp } from './commands/delete.js';
import { ingestCommand, ingestHelp } from './commands/ingest.js';
import { jobsCommand, jobsHelp } from './commands/jobs.js';
import { migrateCommand, migrateHelp } from './commands/migrate.js';
import { workerCommand, workerHelp } from './commands/worker.js';
import { narrativesCommand, narrativesHelp } from './commands/narratives.js';
import { outletsCommand, outletsHelp } from './commands/outlets.js';
import { searchCommand, searchHelp } from './commands/search.js';
import { serveCommand, serveHelp } from './commands/serve.js';
import { speakerCommand, speakerHelp } from './commands/speaker.js';
import { speakersCommand, speakersHelp } from './commands/speakers.js';
import { duplicatesCommand, duplicatesHelp } from './commands/duplicates.js';
import { describeFailure } from './failures.js';
import { closest, optionsInHelp } from './suggest.js';

const HELP = `claimtrail — who said what, which claims, which entities, with character-exact evidence

Usage:
  claimtrail analyze <files or folders…> [--format json|jsonl|md|html] [--out PATH]
  claimtrail eval <task> …     researcher formats (extraction, attribution)
  claimtrail export <file> --format claimreview|stix|misp|csv|jsonl [--out FILE]   formats analysts' tools read
  claimtrail ingest <paths…> --db FILE        store a corpus (folders, .jsonl, RSS/Atom, WARC)
  claimtrail ingest <paths…> --db postgres://… --queue   enqueue for workers
  claimtrail worker --db postgres://…         analyse and store queued items (run any number, anywhere)
  claimtrail jobs --db postgres://…           queue progress, failures and retries
  claimtrail migrate --from FILE --to postgres://…   copy a SQLite corpus to PostgreSQL
  claimtrail search "query" --db FILE         full-text search with filters
  claimtrail delete <ids…>|--source PATH --db FILE   delete stored documents (a re-ingest stores them again)
  claimtrail narratives|claims|speakers|outlets|duplicates --db FILE   corpus views (--format json|md)
  claimtrail narratives check FILE…           validate a catalogue; which examples match nothing or another narrative
  claimtrail narratives upload FILE --db S    keep a catalogue in the store; stored articles are re-scored
  claimtrail speaker "NAME" --db FILE         what one person said, in every spelling
  claimtrail serve --db FILE [--port 8080]    HTTP API and web app (127.0.0.1)
  claimtrail help [command]
  claimtrail --version

${analyzeHelp}`;

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  analyze: { run: analyzeCommand, help: analyzeHelp },
  eval: { run: evalCommand, help: evalHelp },
  export: { run: exportCommand, help: exportHelp },
  ingest: { run: ingestCommand, help: ingestHelp },
  delete: { run: deleteCommand, help: deleteHelp },
  worker: { run: workerCommand, help: workerHelp },
  jobs: { run: jobsCommand, help: jobsHelp },
  migrate: { run: migrateCommand, help: migrateHelp },
  search: { run: searchCommand, help: searchHelp },
  narratives: { run: narrativesCommand, help: narrativesHelp },
  speakers: { run: speakersCommand, help: speakersHelp },
  speaker: { run: speakerCommand, help: speakerHelp },
  claims: { run: claimsCommand, help: claimsHelp },
  outlets: { run: outletsCommand, help: outletsHelp },
  duplicates: { run: duplicatesCommand, help: duplicatesHelp },
  serve: { run: serveCommand, help: serveHelp },
};

/** Other spellings of a command: British English. */
const ALIASES: Record<string, string> = { analyse: 'analyze' };

/** "Unknown option '--fromat'" from node:util parseArgs, with the nearest option the command's help names. */
function unknownOption(name: string, message: string): string {
  const option = /Unknown option '([^']+)'/.exec(message)?.[1];
  const help = commands[name]?.help ?? '';
  const near = option ? closest(option, optionsInHelp(help)) : null;
  if (option) return `claimtrail ${name}: unknown option "${option}".${near ? ` Did you mean ${near}?` : ''} Run "claimtrail help ${name}" for its options.`;
  return `claimtrail ${name}: ${message}. Run "claimtrail help ${name}".`;
}

/** Runs the CLI; returns the exit code. Never lets an error out as a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [given, ...rest] = argv;
  const name = given && ALIASES[given] ? ALIASES[given] : given;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] && commands[ALIASES[rest[0]] ?? rest[0]];
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
    const near = closest(name, Object.keys(commands));
    process.stderr.write(`claimtrail: unknown command "${name}".${near ? ` Did you mean "claimtrail ${near}"?` : ''} Run "claimtrail help" for the list.\n`);
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
      process.stderr.write(`${unknownOption(name, error.message)}\n`);
      return 2;
    }
    process.stderr.write(`claimtrail: ${describeFailure(name, error)}\n`);
    return 1;
  }
}

export { ClaimtrailError };
