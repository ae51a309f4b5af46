import { readFileSync } from 'node:fs';
import { ClaimtrailError, isClaimtrailError } from '../core/errors.js';
import { analyzeCommand, analyzeHelp } from './commands/analyze.js';
import { describeFailure } from './failures.js';
import { missingPackage, missingPackageMessage } from './optional-packages.js';
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

interface Command {
  run: (args: string[]) => Promise<number>;
  help: string;
}

// Every command but analyze is loaded when asked for: the store, queue and server commands load better-sqlite3, pg,
// graphile-worker or hono, optional packages, and `claimtrail analyze` must run where they are not installed.
const commands: Record<string, () => Promise<Command>> = {
  analyze: async () => ({ run: analyzeCommand, help: analyzeHelp }),
  eval: async () => import('./commands/eval.js').then((m) => ({ run: m.evalCommand, help: m.evalHelp })),
  export: async () => import('./commands/export.js').then((m) => ({ run: m.exportCommand, help: m.exportHelp })),
  ingest: async () => import('./commands/ingest.js').then((m) => ({ run: m.ingestCommand, help: m.ingestHelp })),
  delete: async () => import('./commands/delete.js').then((m) => ({ run: m.deleteCommand, help: m.deleteHelp })),
  worker: async () => import('./commands/worker.js').then((m) => ({ run: m.workerCommand, help: m.workerHelp })),
  jobs: async () => import('./commands/jobs.js').then((m) => ({ run: m.jobsCommand, help: m.jobsHelp })),
  migrate: async () => import('./commands/migrate.js').then((m) => ({ run: m.migrateCommand, help: m.migrateHelp })),
  search: async () => import('./commands/search.js').then((m) => ({ run: m.searchCommand, help: m.searchHelp })),
  narratives: async () => import('./commands/narratives.js').then((m) => ({ run: m.narrativesCommand, help: m.narrativesHelp })),
  speakers: async () => import('./commands/speakers.js').then((m) => ({ run: m.speakersCommand, help: m.speakersHelp })),
  speaker: async () => import('./commands/speaker.js').then((m) => ({ run: m.speakerCommand, help: m.speakerHelp })),
  claims: async () => import('./commands/claims.js').then((m) => ({ run: m.claimsCommand, help: m.claimsHelp })),
  outlets: async () => import('./commands/outlets.js').then((m) => ({ run: m.outletsCommand, help: m.outletsHelp })),
  duplicates: async () => import('./commands/duplicates.js').then((m) => ({ run: m.duplicatesCommand, help: m.duplicatesHelp })),
  serve: async () => import('./commands/serve.js').then((m) => ({ run: m.serveCommand, help: m.serveHelp })),
};

/** Other spellings of a command: British English. */
const ALIASES: Record<string, string> = { analyse: 'analyze' };

/** "Unknown option '--fromat'" from node:util parseArgs, with the nearest option the command's help names. */
function unknownOption(name: string, help: string, message: string): string {
  const option = /Unknown option '([^']+)'/.exec(message)?.[1];
  const near = option ? closest(option, optionsInHelp(help)) : null;
  if (option) return `claimtrail ${name}: unknown option "${option}".${near ? ` Did you mean ${near}?` : ''} Run "claimtrail help ${name}" for its options.`;
  return `claimtrail ${name}: ${message}. Run "claimtrail help ${name}".`;
}

/** The value of `--name VALUE` or `--name=VALUE` in the arguments (the store a failing command was using). */
function optionValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) return args[i + 1];
    if (args[i].startsWith(`${name}=`)) return args[i].slice(name.length + 1);
  }
  return name === '--db' ? process.env.CLAIMTRAIL_DB : undefined;
}

/** Runs the CLI; returns the exit code. Never lets an error out as a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const [given, ...rest] = argv;
  const name = given && ALIASES[given] ? ALIASES[given] : given;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0] ? ALIASES[rest[0]] ?? rest[0] : undefined;
    if (!topic || !commands[topic]) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    return run(topic, async (command) => {
      process.stdout.write(`${command.help}\n`);
      return 0;
    });
  }
  if (name === '--version' || name === '-v') {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (!commands[name]) {
    const near = closest(name, Object.keys(commands));
    process.stderr.write(`claimtrail: unknown command "${name}".${near ? ` Did you mean "claimtrail ${near}"?` : ''} Run "claimtrail help" for the list.\n`);
    return 2;
  }
  return run(name, async (command) => {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    return command.run(rest);
  }, rest);
}

/** Loads command `name` and hands it to `use`; every failure, a missing optional package included, becomes a message. */
async function run(name: string, use: (command: Command) => Promise<number>, args: readonly string[] = []): Promise<number> {
  let help = '';
  try {
    const command = await commands[name]();
    help = command.help;
    return await use(command);
  } catch (error) {
    const missing = missingPackage(error);
    if (missing) {
      process.stderr.write(`${missingPackageMessage(name, missing)}\n`);
      return 1;
    }
    if (isClaimtrailError(error) && error.code === 'CLI_USAGE') {
      process.stderr.write(`claimtrail ${name}: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${unknownOption(name, help, error.message)}\n`);
      return 2;
    }
    process.stderr.write(`claimtrail: ${describeFailure(name, error, optionValue(args, '--db'))}\n`);
    return 1;
  }
}

export { ClaimtrailError };
