// npm run bench -- server [--docs=100000] [--base=2000] [--articles=N] [--db=FILE] [--connections=50] [--seconds=60]
//   [--workers=2] [--max-doc=N] [--keep] [--engine=sqlite] [--runs=mixed,analyse,single] (SQLite only; `--name value`
//   works too, args.ts) [--server-cpu-prof=DIR]
// Drives the API on 127.0.0.1 with 50 concurrent connections: (1) a mixed run of --seconds, searches (common and rare
// words, entity names that alias expansion widens, filters by language, dates and outlet, first and second pages,
// one in ten a never-repeated query) beside the views (document fetch, narratives, claims), each kind's requests/s,
// p50/p99/max latency and errors; (2) analyse alone; (3) searches one at a time that never repeat (the service time
// of a search the cache cannot answer). For each run it prints the server's RSS at start and end (and peak), its CPU
// time, and the load average (the machine may be shared). The server runs in its own process, as `claimtrail serve`
// does, so the load loop does not share its event loop. Prints; never asserts.
//
// The store: --db FILE as it is; else --articles=N synthetic articles ingested with full analysis (slow: an hour for
// 100,000 on two cores); else (the default) --base analysed articles grown to --docs by cloning their rows inside
// SQLite (sqlite-rows.ts: minutes).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../src/corpus/ingest/ingest.js';
import { openStore } from '../src/store/index.js';
import { SqliteStore } from '../src/store/sqlite/engine.js';
import { generateArticles, writeCorpus } from './corpus-generate.js';
import { load, type LoadRequest, type LoadResult } from './server-load.js';
import { cloneSqliteCorpus } from './sqlite-rows.js';
import { arg, given } from './args.js';


async function ingest(dir: string, name: string, articles: number, workers: number): Promise<string> {
  const input = join(dir, `${name}.jsonl`);
  const db = join(dir, `${name}.db`);
  await writeCorpus(input, articles);
  const store = await openStore(db);
  const t = performance.now();
  const s = await ingestCorpus({ store, paths: [input], workers });
  console.log(`corpus: ${s.stored} articles analysed and stored (${s.duplicates} duplicates) in ${((performance.now() - t) / 1000).toFixed(0)} s with ${workers} workers`);
  await store.close();
  return db;
}

/** --base analysed articles, their rows cloned until the store holds --docs documents. */
export async function grow(dir: string, base: number, docs: number, workers: number): Promise<string> {
  const seed = await ingest(dir, 'base', base, workers);
  const db = join(dir, 'corpus.db');
  copyFileSync(seed, db);
  const store = SqliteStore.open(db);
  const t = performance.now();
  await cloneSqliteCorpus(store, Math.max(1, Math.round(docs / base)));
  const n = (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n;
  console.log(`corpus: grown to ${n} documents by cloning rows in ${((performance.now() - t) / 1000).toFixed(0)} s (full-text index and summaries rebuilt)`);
  await store.close();
  return db;
}

async function startServer(db: string): Promise<{ url: string; child: ChildProcess; threads: Promise<boolean> }> {
  const cli = new URL('../src/cli/dev.ts', import.meta.url).pathname;
  // --server-cpu-prof=DIR: the server writes a V8 CPU profile of its main thread there when stopped (bench/cpuprofile-top.ts reads it)
  const prof = given('server-cpu-prof');
  const child = spawn(process.execPath, [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), '--import', 'tsx', cli, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, CLAIMTRAIL_TOKEN: 'bench' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /claimtrail serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (exit ${code}): ${err}`)));
  });
  // A large store's search threads start with the server and say so (search-pool.ts); false after two minutes.
  const threads = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 120_000);
    child.stderr?.on('data', () => /search threads ready/.test(err) && (clearTimeout(timer), resolve(true)));
  });
  return { url: await url, child, threads };
}

/** The server process's resident memory (MB) and CPU time (s, all its threads), from /proc (Linux). */
function processStats(pid: number): { rss: number; cpu: number } | null {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { rss, cpu: (Number(fields[11]) + Number(fields[12])) / 100 }; // utime, stime in clock ticks (100 a second)
  } catch {
    return null;
  }
}

const load3 = () => loadavg().map((x) => x.toFixed(1)).join(' ');

/** Runs one load, sampling the server's memory each second; prints its rows and the process figures. */
async function measured(name: string, pid: number, run: () => Promise<LoadResult & { byKind: Record<string, LoadResult> }>): Promise<LoadResult & { byKind: Record<string, LoadResult> }> {
  const before = processStats(pid);
  const loadBefore = load3();
  const ownCpu = process.cpuUsage();
  let peak = before?.rss ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, processStats(pid)?.rss ?? 0)), 1000);
  const r = await run();
  clearInterval(sampler);
  const after = processStats(pid);
  const kinds = Object.entries(r.byKind);
  if (kinds.length > 1) for (const [kind, k] of kinds) console.log(row(`${name}: ${kind}`, k));
  console.log(row(kinds.length > 1 ? `${name}: all` : name, r));
  for (const [kind, k] of kinds.length > 1 ? kinds.filter(([kind]) => !kind.endsWith('second half')) : [[name, r] as const]) {
    notes.push(`${name}: ${kind}: p99 ms per 10 s of the run (by when sent): ${k.windows.map((w) => w.toFixed(0)).join(', ')}`);
  }
  const own = process.cpuUsage(ownCpu);
  if (before && after) {
    const cpu = after.cpu - before.cpu;
    notes.push(
      `${name}: server RSS ${before.rss.toFixed(0)} MB at start, ${after.rss.toFixed(0)} MB at end (peak ${Math.max(peak, after.rss).toFixed(0)} MB); server CPU ${cpu.toFixed(1)} s in ${r.seconds.toFixed(1)} s (${(cpu / r.seconds).toFixed(2)} cores); load generator CPU ${((own.user + own.system) / 1e6).toFixed(1)} s; load average ${loadBefore} before, ${load3()} after (${availableParallelism()} cores)`,
    );
  }
  return r;
}

const notes: string[] = [];

function row(name: string, r: LoadResult): string {
  const statuses = Object.entries(r.statuses).map(([k, v]) => `${k}×${v}`).join(' ');
  return `| ${name} | ${r.requests} | ${r.seconds.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${r.errors} | ${statuses} |`;
}

// The search mix. Common words match 6,000–36,000 of 100,000 documents; entity names become every alias the
// gazetteer knows (ISIS → Daesh, ИГИЛ, داعش, …); rare words match a few hundred or none.
const COMMON = ['talks', 'bridge', 'schools', 'délégation', 'prices bread', '"power cuts"', 'школ', 'Grenze'];
const ENTITIES = ['ISIS', 'Kabulov', 'Washington', 'Moscow', 'Kabul', 'Zelensky', 'Peskov'];
const RARE = ['Herat', 'Lindqvist', 'football season', 'zeppelin'];
const WORDS = [...COMMON, ...ENTITIES, ...RARE];
const FILTERS = ['', '&language=en', '&language=ru', '&from=2023-06-01&to=2023-12-31', `&outlet=${encodeURIComponent('Kabul Observer')}`, '&language=de&from=2024-01-01'];
const PAGE_2 = Buffer.from(JSON.stringify({ offset: 20 })).toString('base64url');

/**
 * The n-th of 11,058 different searches: a word of the mix and a number (the articles count hours, people and
 * percent from 2 to 98), under one of the filters; a few hundred to a few thousand matches each.
 */
function uniqueSearch(n: number): string {
  const word = WORDS[n % WORDS.length];
  const number = 2 + (Math.floor(n / WORDS.length) % 97);
  const filter = FILTERS[Math.floor(n / (WORDS.length * 97)) % FILTERS.length];
  return `/api/v1/search?q=${encodeURIComponent(`${word} ${number}`)}${filter}&limit=20`;
}

/** The i-th search of the mix: one in ten never seen before, one in ten a second page, the rest first pages. */
function searchPath(i: number): string {
  const word = WORDS[i % WORDS.length];
  if (i % 10 === 9) return uniqueSearch(Math.floor(i / 10));
  const filter = FILTERS[Math.floor(i / WORDS.length) % FILTERS.length];
  return `/api/v1/search?q=${encodeURIComponent(word)}${filter}&limit=20${i % 10 === 4 ? `&cursor=${PAGE_2}` : ''}`;
}

export async function benchServer(): Promise<void> {
  // The store is grown by cloning SQLite rows (sqlite-rows.ts); a PostgreSQL run would need its own builder.
  const engine = given('engine') ?? 'sqlite';
  if (engine !== 'sqlite') throw new Error(`--engine=${engine}: the server bench measures a SQLite store only (--engine=sqlite, the default); for PostgreSQL at scale see \`npm run bench -- scale\`.`);
  const connections = arg('connections', 50);
  const seconds = arg('seconds', 60);
  const workers = arg('workers', 2);
  // Which runs, in this order (default all three); e.g. --runs=mixed,single skips analyse when comparing searches.
  const runs = new Set((given('runs') ?? 'mixed,analyse,single').split(','));
  const unknown = [...runs].filter((r) => !['mixed', 'analyse', 'single'].includes(r));
  if (unknown.length) throw new Error(`--runs: unknown run ${unknown.join(', ')} (mixed, analyse, single)`);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-server-'));
  console.log(`\n## server (${connections} connections, ${seconds} s per run, 127.0.0.1)\n`);
  let child: ChildProcess | null = null;
  try {
    const db = given('db') ?? (given('articles') ? await ingest(dir, 'corpus', arg('articles', 100_000), workers) : await grow(dir, arg('base', 2000), arg('docs', 100_000), workers));
    if (given('db')) console.log(`corpus: ${db}`);
    const server = await startServer(db);
    child = server.child;
    const pid = child.pid as number;
    const first = (await (await fetch(`${server.url}/api/v1/documents?limit=1`)).json()) as { items: { doc: number }[] };
    const top = arg('max-doc', 0) || (await countDocs(server.url, first.items[0]?.doc ?? 1));
    const seed = readFileSync(new URL('../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url), 'utf8');
    const samples = [seed, ...[...generateArticles(20, 99)].map((a) => a.text)];
    let x = 12345;
    const rand = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296;
    let searches = 0;
    const distinct = new Set<string>();
    // Six in ten requests search; the rest are the views people open beside a search.
    const mixed = (i: number): LoadRequest => {
      const slot = i % 10;
      if (slot < 6) {
        const path = searchPath(searches++);
        distinct.add(path);
        return { method: 'GET', path, kind: 'search' };
      }
      if (slot < 8) return { method: 'GET', path: `/api/v1/documents/${1 + Math.floor(rand() * top)}`, kind: 'document' };
      if (slot === 8) return { method: 'GET', path: '/api/v1/narratives', kind: 'narratives' };
      return { method: 'GET', path: '/api/v1/claims?limit=20', kind: 'claims' };
    };
    // with the token: anonymous clients are rate-limited per address (120 a minute), which this load would only measure as 429s
    const analyse = (i: number): LoadRequest => ({ method: 'POST', path: '/api/v1/analyze', body: JSON.stringify({ text: samples[i % samples.length] }), headers: { authorization: 'Bearer bench' } });
    let unique = 5000; // past the never-repeated searches of the mixed run
    const neverRepeated = (): LoadRequest => ({ method: 'GET', path: uniqueSearch(unique++) });

    console.log(`documents: ${top}; analyse samples: the seed article and 20 generated ones\n`);
    const t0 = performance.now();
    const ready = await server.threads;
    console.log(ready ? `search threads ready ${((performance.now() - t0) / 1000).toFixed(1)} s after the server started listening\n` : 'search threads: none announced in two minutes (searches run on the main thread)\n');
    // Warm-up: loads the gazetteer in the threads and the views' pages, with searches the measured runs never send.
    await load(server.url, (i) => ({ method: 'GET', path: i % 2 ? `/api/v1/search?q=warmup${i}` : '/api/v1/narratives' }), { connections: 4, count: 40, seconds: 30 });
    console.log('| run: kind | requests | s | req/s | p50 ms | p99 ms | max ms | errors | statuses |\n|---|---|---|---|---|---|---|---|---|');
    searches = 0;
    distinct.clear();
    if (runs.has('mixed')) {
      await measured('mixed', pid, () => load(server.url, mixed, { connections, count: Infinity, seconds, halves: true }));
      notes.push(`mixed: ${searches} searches, ${distinct.size} distinct (one in ten never repeated; the rest repeat and may be answered from the cache)`);
    }
    if (runs.has('analyse')) await measured('analyse', pid, () => load(server.url, analyse, { connections, count: Infinity, seconds }));
    if (runs.has('single')) await measured('search, 1 connection, never repeated', pid, () => load(server.url, neverRepeated, { connections: 1, count: Infinity, seconds: Math.min(seconds, 20) }));
    console.log(`\n${notes.map((n) => `- ${n}`).join('\n')}`);
  } finally {
    child?.kill('SIGTERM');
    if (child && child.exitCode === null) await new Promise((resolve) => child?.once('exit', resolve)); // its profile is written on the way out
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
