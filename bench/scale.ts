// npm run bench -- scale [--articles=N] [--docs=N] [--keep]: PostgreSQL at scale. (1) Ingest throughput of 1, 2 and
// 4 `claimtrail worker` processes (one analysis thread each) sharing one queue and one database, and the ratio to
// one worker; (2) queue latency: from a job's commit to its article stored, with an idle worker; (3) view latencies
// (median, p95) on a corpus of --docs documents (default 100,000) made by cloning analysed rows inside PostgreSQL
// (scale-rows.ts). Prints; never asserts. Needs PostgreSQL on 127.0.0.1:5432 (or CLAIMTRAIL_TEST_PG).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ItemAnalyzer } from '../src/corpus/ingest/analyze-item.js';
import { itemKey } from '../src/corpus/ingest/item.js';
import { CorpusWriter } from '../src/corpus/ingest/write.js';
import { refreshSummaries } from '../src/corpus/summaries.js';
import { claimsView, duplicatesView, narrativesView, outletsView, searchView, speakersView, speakerView } from '../src/corpus/views/index.js';
import { enqueueInputs } from '../src/queue/enqueue.js';
import { addIngestJobs } from '../src/queue/graphile.js';
import { encodePayload } from '../src/queue/payload.js';
import { spawnWorker, stopWorker, type WorkerProcess } from '../src/queue/spawn.js';
import { PostgresStore } from '../src/store/postgres/engine.js';
import { createTestDatabase, type TestDatabase } from '../src/store/postgres/test-db.js';
import { generateArticles, writeCorpus } from './corpus-generate.js';
import { cloneCorpus } from './scale-rows.js';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.ceil(0.95 * s.length) - 1] };
};

async function freshDb(): Promise<TestDatabase> {
  const db = await createTestDatabase('claimtrail_bench');
  if ('skip' in db) throw new Error(db.skip);
  return db;
}

async function count(store: PostgresStore): Promise<number> {
  return (await store.get<{ n: number }>('SELECT count(*) AS n FROM sources'))?.n ?? 0;
}

export async function benchScale(): Promise<void> {
  const articles = arg('articles', 2000);
  const docs = arg('docs', 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-scale-'));
  console.log(`\n## scale (PostgreSQL; ${articles} synthetic articles per ingest run; views at ${docs} documents)\n`);
  try {
    const input = join(dir, 'articles.jsonl');
    await writeCorpus(input, articles);
    console.log('| worker processes | articles/s | ratio to 1 |\n|---|---|---|');
    let one = 0;
    for (const n of [1, 2, 4]) {
      const db = await freshDb();
      const store = await PostgresStore.open(db.url);
      const workers: WorkerProcess[] = [];
      try {
        await enqueueInputs({ store, paths: [input] });
        for (let i = 0; i < n; i++) workers.push(spawnWorker(db.url, ['--threads', '1', '--concurrency', '2']));
        // Timed from the first article stored (process start-up excluded) to the last.
        while ((await count(store)) === 0) await sleep(20);
        const t0 = performance.now();
        const first = await count(store);
        while ((await count(store)) < articles) await sleep(50);
        const rate = (articles - first) / ((performance.now() - t0) / 1000);
        if (n === 1) one = rate;
        console.log(`| ${n} | ${rate.toFixed(1)} | ${(rate / one).toFixed(2)} |`);
        if (n === 1) await queueLatency(store);
      } finally {
        await Promise.all(workers.map((w) => stopWorker(w)));
        await store.close();
        await db.drop();
      }
    }
    await viewLatencies(docs);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

/** One job at a time to an idle worker: from the commit of the job to its article committed. */
async function queueLatency(store: PostgresStore): Promise<void> {
  const times: number[] = [];
  let i = 0;
  for (const a of generateArticles(30, 99)) {
    const key = itemKey('latency', String(i++), a.text);
    const payload = encodePayload(key, `latency:${i}`, { kind: 'text', name: `latency:${i}`, text: a.text, meta: { url: `${a.url}?latency=${i}`, outlet: a.outlet, published: a.published, language: a.language } });
    const client = await store.pool.connect();
    const t0 = performance.now();
    await addIngestJobs(client, [payload]).finally(() => client.release());
    while (!(await store.get('SELECT 1 AS x FROM sources WHERE key = ?', [key]))) await sleep(2);
    times.push(performance.now() - t0);
    await sleep(200);
  }
  const { median, p95 } = stats(times);
  console.log(`\nqueue latency (job committed → article analysed and stored, idle worker, LISTEN/NOTIFY wake-up): median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms\n`);
}

async function viewLatencies(docs: number): Promise<void> {
  const db = await freshDb();
  const store = await PostgresStore.open(db.url);
  try {
    const base = 500;
    const t0 = performance.now();
    const analyzer = new ItemAnalyzer();
    const writer = new CorpusWriter(store);
    const batch = [...generateArticles(base, 11)].map((a, i) => ({ key: itemKey('base', String(i)), origin: `base:${i}`, record: analyzer.record({ kind: 'text', name: `base:${i}`, text: a.text, meta: { url: a.url, title: a.title, outlet: a.outlet, published: a.published, language: a.language } }) }));
    for (let i = 0; i < batch.length; i += 100) await writer.write(batch.slice(i, i + 100));
    const stored = (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n ?? base;
    await cloneCorpus(store, Math.ceil(docs / stored));
    const total = (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n ?? 0;
    const t1 = performance.now();
    await refreshSummaries(store);
    const size = (await store.get<{ s: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS s'))?.s;
    console.log(`corpus: ${total} documents (${stored} analysed, cloned with INSERT … SELECT) in ${((t1 - t0) / 1000).toFixed(0)} s; summaries rebuilt in ${((performance.now() - t1) / 1000).toFixed(1)} s; database ${size}\n`);
    const top = (await claimsView(store, { limit: 1 })).clusters[0]?.id ?? 1;
    const words = ['Kabulov', 'bridge', 'talks', 'школ', 'Grenze', 'délégation', 'داعش', 'ISIS', 'prices bread', '"power cuts"'];
    const speakers = ['Zamir Kabulov', 'Замир Кабулов', 'ضمير كابولوف', 'Dmitry Peskov', 'Samir Kabulow'];
    let i = 0;
    const views: [string, () => Promise<unknown>][] = [
      ['search (one or two words)', () => searchView(store, { query: words[i++ % words.length] })],
      ['search + language + dates', () => searchView(store, { query: words[i++ % words.length], language: 'en', from: '2023-06-01', to: '2023-12-31' })],
      ['search + speaker', () => searchView(store, { query: 'talks', speaker: speakers[i++ % speakers.length] })],
      ['narratives', () => narrativesView(store)],
      ['speakers', () => speakersView(store)],
      ['speaker', () => speakerView(store, speakers[i++ % speakers.length])],
      ['claims', () => claimsView(store)],
      ['claims --cluster (top)', () => claimsView(store, { cluster: top })],
      ['outlets', () => outletsView(store)],
      ['near-duplicate groups', () => duplicatesView(store)],
    ];
    console.log('| view | median ms | p95 ms |\n|---|---|---|');
    for (const [name, run] of views) {
      for (let w = 0; w < 2; w++) await run();
      const times: number[] = [];
      for (let k = 0; k < 20; k++) {
        const t = performance.now();
        await run();
        times.push(performance.now() - t);
      }
      const { median, p95 } = stats(times);
      console.log(`| ${name} | ${median.toFixed(1)} | ${p95.toFixed(1)} |`);
    }
  } finally {
    await store.close();
    if (!process.argv.includes('--keep')) await db.drop();
  }
}
