// The HTTP application: security headers on everything, the API under /api/v1, its OpenAPI description, the web app,
// and one error path that turns anything thrown into a problem+json response (the server keeps serving).
import { Hono } from 'hono';
import { AnalysisPool, DEFAULT_POOL_LIMITS, type PoolLimits } from './analysis-pool.js';
import { allowedHosts, hostCheck } from './host-check.js';
import { resolveIngestRoots } from './ingest-roots.js';
import { DEFAULT_LIMITS, type ServerDeps, type ServerLimits } from './context.js';
import { Jobs, type JobLease } from './jobs.js';
import { openApiDocument } from './openapi.js';
import { readParams } from './params.js';
import { problemOf, problemResponse, toProblem } from './problems.js';
import { requireReadToken, securityHeaders } from './security.js';
import { staticRoutes } from './static.js';
import type { Store } from '../store/index.js';
import { analyzeRoutes } from './routes/analyze.js';
import { catalogueRoutes } from './routes/catalogues.js';
import { claimRoutes } from './routes/claims.js';
import { deleteRoutes } from './routes/delete.js';
import { documentRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/exports.js';
import { ingestRoutes } from './routes/ingest.js';
import { narrativeRoutes } from './routes/narratives.js';
import { outletRoutes } from './routes/outlets.js';
import { searchRoutes } from './routes/search.js';
import { speakerRoutes } from './routes/speakers.js';

export interface AppOptions {
  store: Store | null;
  token: string;
  limits?: Partial<ServerLimits>;
  /** The built web app folder; null serves the API alone. */
  webRoot: string | null;
  /** Analysis threads of ingest jobs (default 1: the server keeps a core for requests). */
  ingestWorkers?: number;
  /** The lease of ingest jobs held by this server, and its heartbeat (default DEFAULT_LEASE in jobs.ts). */
  jobLease?: Partial<JobLease>;
  /** Worker threads for POST /analyze (default: the cores less one, 1 to 4). */
  analyzeWorkers?: number;
  /** Where failures of ours are logged (default: stderr). */
  log?: (line: string) => void;
  /** When set, every API route needs this token (or the write token): for servers shared beyond one person. */
  readToken?: string | null;
  /** Folders POST /ingest {"paths"} may read (default: none, only uploaded items). */
  ingestRoots?: string[];
  /** The address bound and extra host names answered (default: local names only); others get 421. */
  host?: string;
  allowedHosts?: string[];
  /** Time limit and queue bound of POST /analyze. */
  pool?: Partial<PoolLimits>;
}

export function createApp(options: AppOptions): { app: Hono; deps: ServerDeps } {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const deps: ServerDeps = {
    store: options.store,
    token: options.token,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    jobs: options.store ? new Jobs(options.store, { workers: options.ingestWorkers, lease: options.jobLease, log }) : null,
    analysis: new AnalysisPool(options.analyzeWorkers, { ...DEFAULT_POOL_LIMITS, ...options.pool }),
    ingestRoots: resolveIngestRoots(options.ingestRoots ?? []),
  };
  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', hostCheck(allowedHosts(options.host, options.allowedHosts ?? [])));
  if (options.readToken) app.use('/api/*', requireReadToken(options.readToken, options.token));

  app.get('/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/v1', (c) => {
    readParams(c, {});
    return c.json({ name: 'claimtrail', api: 'v1', openapi: '/openapi.json', store: options.store ? { engine: options.store.engine, version: options.store.version } : null });
  });
  analyzeRoutes(app, deps);
  documentRoutes(app, deps);
  deleteRoutes(app, deps);
  exportRoutes(app, deps);
  searchRoutes(app, deps);
  narrativeRoutes(app, deps);
  claimRoutes(app, deps);
  speakerRoutes(app, deps);
  outletRoutes(app, deps);
  ingestRoutes(app, deps);
  catalogueRoutes(app, deps);
  staticRoutes(app, options.webRoot);

  app.onError((error, c) => {
    const path = new URL(c.req.url).pathname;
    const { problem, headers } = toProblem(error, path);
    if (problem.status >= 500 && problem.code !== 'no-corpus') log(`claimtrail serve: ${c.req.method} ${path} failed: ${(error as Error).stack ?? String(error)}`);
    return problemResponse(problem, headers);
  });
  app.notFound((c) => {
    const url = new URL(c.req.url);
    const allowed = methodsFor(app, url.pathname).filter((m) => m !== c.req.method);
    if (allowed.length) return problemResponse(problemOf('method-not-allowed', `${c.req.method} is not allowed on ${url.pathname}; use ${allowed.join(' or ')}.`, url.pathname), { allow: allowed.join(', ') });
    return problemResponse(problemOf('not-found', `Nothing at ${url.pathname}. The API is under /api/v1, described at /openapi.json.`, url.pathname));
  });
  return { app, deps };
}

/** The methods registered for a path (for 405 answers), matching ":param" segments as anything but "/". */
function methodsFor(app: Hono, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path === '*') continue;
    const re = new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`);
    if (re.test(path)) methods.add(r.method);
  }
  return [...methods];
}
