// better-sqlite3, pg, graphile-worker, hono and @hono/node-server are optional dependencies: an install that could not
// compile better-sqlite3, or used --omit=optional, still analyses. A command that needs one that is missing says
// which package, what for, and the npm command that installs it.

interface OptionalPackage {
  /** What claimtrail needs it for. */
  purpose: string;
  /** The packages to install together. */
  install: string[];
}

const OPTIONAL: Record<string, OptionalPackage> = {
  'better-sqlite3': { purpose: 'the SQLite corpus store (--db FILE)', install: ['better-sqlite3'] },
  pg: { purpose: 'the PostgreSQL corpus store (--db postgres://…)', install: ['pg'] },
  'graphile-worker': { purpose: 'the PostgreSQL job queue (--queue, worker, jobs)', install: ['graphile-worker', 'pg'] },
  hono: { purpose: 'the HTTP server (serve)', install: ['hono', '@hono/node-server'] },
  '@hono/node-server': { purpose: 'the HTTP server (serve)', install: ['hono', '@hono/node-server'] },
};

/** The optional package whose absence caused `error` (Node's ERR_MODULE_NOT_FOUND "Cannot find package 'x'"), or null. */
export function missingPackage(error: unknown): string | null {
  if (!(error instanceof Error) || (error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') return null;
  const name = /Cannot find package '([^']+)'/.exec(error.message)?.[1];
  return name && name in OPTIONAL ? name : null;
}

export function missingPackageMessage(command: string, name: string): string {
  const p = OPTIONAL[name];
  return `claimtrail ${command}: this command needs the package ${name}, for ${p.purpose}, and it is not installed (it is an optional dependency; its install may have failed). Install it with: npm install ${p.install.join(' ')}`;
}
