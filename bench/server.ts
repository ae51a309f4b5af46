// npm run bench -- server [--articles=N] [--db=FILE] [--connections=50] [--seconds=10] [--workers=2] [--keep]:
// drives the API on 127.0.0.1 with 50 concurrent connections and prints requests/s and p50/p99 latency for analyse,
// search and document fetch. The corpus is the corpus bench's synthetic one (100,000 articles by default, ingested
// with full analysis first: minutes), or an existing store given with --db. The server runs in its own process, as
// `claimtrail serve` does, so the load loop does not share its event loop. Prints; never asserts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../src/corpus/ingest/ingest.js';
import { openStore } from '../src/store/index.js';
import { generateArticles, writeCorpus } from './corpus-generate.js';
import { load, type LoadRequest, type LoadResult } from './server-load.js';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const strArg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');

async function buildCorpus(dir: string, articles: number, workers: number): Promise<string> {
  const input = join(dir, 'corpus.jsonl');
  const db = join(dir, 'corpus.db');
  await writeCorpus(input, articles);
  const store = await openStore(db);
  const t = performance.now();
  const s = await ingestCorpus({ store, paths: [input], workers });
  console.log(`corpus: ${s.stored} articles stored (${s.duplicates} duplicates) in ${((performance.now() - t) / 1000).toFixed(0)} s with ${workers} workers`);
  await store.close();
  return db;
}

async function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  const cli = new URL('../src/cli/dev.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, CLAIMTRAIL_TOKEN: 'bench' }, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /claimtrail serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (exit ${code}): ${err}`)));
  });
  return { url, child };
}

function row(name: string, r: LoadResult): string {
  const statuses = Object.entries(r.statuses).map(([k, v]) => `${k}×${v}`).join(' ');
  return `| ${name} | ${r.requests} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.errors} | ${statuses} |`;
}

export async function benchServer(): Promise<void> {
  const connections = arg('connections', 50);
  const seconds = arg('seconds', 10);
  const given = strArg('db');
  const articles = arg('articles', 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-server-'));
  console.log(`\n## server (${connections} connections, at most ${seconds} s per scenario, 127.0.0.1)\n`);
  let child: ChildProcess | null = null;
  try {
    const db = given ?? (await buildCorpus(dir, articles, arg('workers', 2)));
    if (given) console.log(`corpus: ${given}`);
    const server = await startServer(db);
    child = server.child;
    const stats = (await (await fetch(`${server.url}/api/v1/documents?limit=1`)).json()) as { items: { doc: number }[] };
    const top = Number(process.argv.find((a) => a.startsWith('--max-doc='))?.split('=')[1] ?? 0) || (await countDocs(server.url, stats.items[0]?.doc ?? 1));
    const seed = readFileSync(new URL('../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url), 'utf8');
    const samples = [seed, ...[...generateArticles(20, 99)].map((a) => a.text)];
    const words = ['Kabulov', 'bridge', 'talks', 'Grenze', 'délégation', 'ISIS', 'prices bread', '"power cuts"', 'Moscow', 'schools'];
    let x = 12345;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296);
    const scenarios: [string, (i: number) => LoadRequest, number][] = [
      // with the token: anonymous clients are rate-limited per address (120 a minute), which this load would only measure as 429s
      ['analyse (POST /api/v1/analyze)', (i) => ({ method: 'POST', path: '/api/v1/analyze', body: JSON.stringify({ text: samples[i % samples.length] }), headers: { authorization: 'Bearer bench' } }), 5_000],
      ['search (GET /api/v1/search?q=…)', (i) => ({ method: 'GET', path: `/api/v1/search?q=${encodeURIComponent(words[i % words.length])}&limit=20` }), 50_000],
      ['document (GET /api/v1/documents/{id})', () => ({ method: 'GET', path: `/api/v1/documents/${1 + Math.floor(rand() * top)}` }), 50_000],
    ];
    console.log(`documents: ${top}; analyse samples: the seed article and 20 generated ones\n`);
    console.log('| scenario | requests | s | req/s | p50 ms | p99 ms | max ms | errors | statuses |\n|---|---|---|---|---|---|---|---|---|');
    for (const [name, next, count] of scenarios) {
      await load(server.url, next, { connections: 4, count: 40, seconds: 5 }); // warm-up
      console.log(row(name, await load(server.url, next, { connections, count, seconds })));
    }
    // One request at a time: the service time of a search, without the queue that 50 connections build.
    console.log(row('search, 1 connection', await load(server.url, scenarios[1][1], { connections: 1, count: 200, seconds })));
  } finally {
    child?.kill('SIGTERM');
    if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The highest document id (row ids are consecutive), by bisection over GET /api/v1/documents/{id}. */
async function countDocs(base: string, first: number): Promise<number> {
  let lo = first;
  let hi = first;
  const exists = async (id: number) => (await fetch(`${base}/api/v1/documents/${id}`)).status === 200;
  while (await exists(hi * 2)) hi *= 2;
  hi *= 2;
  while (lo + 1 < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (await exists(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
