// claimtrail serve: the HTTP API and the web app over a corpus store, on 127.0.0.1 unless told otherwise.
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ClaimtrailError } from '../../core/errors.js';
import { RescoreRunner } from '../../store/catalogues/runner.js';
import { openCorpus } from '../../corpus/open.js';
import { createApp } from '../../server/app.js';
import { listen } from '../../server/server.js';
import { defaultWebRoot } from '../../server/static.js';
import { resolveReadToken, resolveToken } from '../../server/token.js';
import { storeLocation, type Store } from '../../store/index.js';
import { intOption } from './corpus-view.js';

export const serveHelp = `claimtrail serve --db FILE [--port 8080] [--host 127.0.0.1]

Serves the HTTP API (/api/v1, described at /openapi.json) and the web app (/) over a corpus store. Without --db only
the analyser works (POST /api/v1/analyze and the Analyse page).

Reading is open; writing (POST /api/v1/ingest) needs "Authorization: Bearer <token>": $CLAIMTRAIL_TOKEN, or a token
generated at the first start, printed, and kept in FILE.token (mode 0600). Set $CLAIMTRAIL_READ_TOKEN, or give
--read-token-file, to make reads need a token too (a server shared beyond one person); the web app asks for it once
per browser tab. Tokens are compared in constant time and never logged.

Options:
  --db FILE        the corpus store (default: $CLAIMTRAIL_DB); create one with "claimtrail ingest"
  --port N         port (default 8080; 0 picks a free one)
  --host ADDRESS   address to bind (default 127.0.0.1; 0.0.0.0 opens it to the network: put TLS in front)
  --workers N      analysis threads for ingest jobs (default 1)
  --ingest-root DIR   a folder POST /api/v1/ingest {"paths"} may read (repeatable; default none: only uploaded items)
  --allowed-host NAME a host name to answer besides 127.0.0.1, localhost and [::1] (repeatable; others get 421,
                      which stops DNS-rebinding pages reading the corpus through the user's browser)
  --analyze-timeout S time limit of one POST /api/v1/analyze in seconds (default 30; the thread is stopped)
  --job-lease S       seconds an ingest job stays with this server without its heartbeat (default 30, renewed every
                      sixth of it): servers sharing a store take a job of a server that stopped once its lease lapses
  --read-token-file F a file holding the read token (instead of $CLAIMTRAIL_READ_TOKEN; never on the command line,
                      where the process list would show it)`;

export async function serveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      workers: { type: 'string' },
      'ingest-root': { type: 'string', multiple: true },
      'allowed-host': { type: 'string', multiple: true },
      'analyze-timeout': { type: 'string' },
      'read-token-file': { type: 'string' },
      'job-lease': { type: 'string' },
    },
  });
  const readToken = resolveReadToken(values['read-token-file'], process.env.CLAIMTRAIL_READ_TOKEN);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ClaimtrailError('CLI_USAGE', { detail: `--port must be a port number (0–65535), not "${values.port}".` });
  const timeout = values['analyze-timeout'] === undefined ? 30 : Number(values['analyze-timeout']);
  if (!(timeout > 0)) throw new ClaimtrailError('CLI_USAGE', { detail: `--analyze-timeout must be a number of seconds above 0, not "${values['analyze-timeout']}".` });
  const lease = values['job-lease'] === undefined ? undefined : Number(values['job-lease']);
  if (lease !== undefined && !(lease >= 0.5 && lease <= 86_400)) throw new ClaimtrailError('CLI_USAGE', { detail: `--job-lease must be a number of seconds from 0.5 to 86400, not "${values['job-lease']}".` });
  const roots = values['ingest-root'] ?? [];
  for (const root of roots) if (!isDirectory(root)) throw new ClaimtrailError('CLI_USAGE', { detail: `--ingest-root "${root}" is not a folder. Give an existing folder.` });
  const location = storeLocation(values.db);
  const store: Store | null = location ? await openCorpus(location) : null;
  const token = resolveToken(process.env.CLAIMTRAIL_TOKEN, location && store?.engine === 'sqlite' ? location : null);
  const webRoot = defaultWebRoot();
  const { app, deps } = createApp({
    store,
    token: token.token,
    webRoot,
    ingestWorkers: intOption('workers', values.workers),
    ingestRoots: roots,
    readToken,
    host: values.host,
    allowedHosts: values['allowed-host'] ?? [],
    pool: { timeoutMs: timeout * 1000 },
    jobLease: lease === undefined ? undefined : { leaseMs: lease * 1000, heartbeatMs: (lease * 1000) / 6 },
  });
  const server = await listen(app, values.host, port).catch(async (error: NodeJS.ErrnoException) => {
    await store?.close();
    if (error.code === 'EADDRINUSE') throw new ClaimtrailError('CLI_USAGE', { detail: `Port ${port} on ${values.host} is in use. Pick another with --port.` });
    throw error;
  });
  // Listening for the stop signals before saying where we are: a supervisor may signal as soon as it reads that.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const say = (line: string) => process.stderr.write(`${line}\n`);
  say(`claimtrail serve: ${server.url}/ (API ${server.url}/api/v1, OpenAPI ${server.url}/openapi.json)`);
  say(store ? `corpus: ${store.location}` : 'no corpus (--db): only the analyser works');
  say(roots.length ? `ingest of server paths: under ${roots.join(', ')}` : 'ingest of server paths: off (--ingest-root DIR to allow); uploads work');
  if (!webRoot) say('the web app is not built: run "npm run build" for it; the API works.');
  if (readToken) say(`reads need the read token (${values['read-token-file'] ? `in ${values['read-token-file']}` : 'CLAIMTRAIL_READ_TOKEN'})`);
  if (token.origin === 'environment') say('write token: from CLAIMTRAIL_TOKEN');
  else if (token.origin === 'file') say(`write token: in ${token.file}`);
  else say(`write token (for POST /api/v1/ingest): ${token.token}${token.file ? `  (kept in ${token.file})` : ' (for this run only)'}`);
  await stopped;
  say('claimtrail serve: stopping');
  await server.close();
  await deps.jobs?.close(); // the jobs it holds run to their end; it takes no more
  if (store) await RescoreRunner.of(store).stop(); // a re-scoring job stops between documents; the next start resumes it
  await deps.analysis.close();
  await store?.close();
  return 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
