// npm run bench -- corpus [--articles=N] [--workers=N] [--keep]: ingests a synthetic corpus (100,000 articles by
// default) with full analysis, then times every corpus view on the store. Prints; never asserts.
// npm run bench -- corpus --db=PATH: times the views only, on a store kept from an earlier run.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../src/corpus/ingest/ingest.js';
import { claimsView, duplicatesView, narrativesView, outletsView, searchView, speakersView, speakerView } from '../src/corpus/views/index.js';
import { openStore, type Store } from '../src/store/index.js';
import { writeCorpus } from './corpus-generate.js';

const arg = (name: string, fallback: number) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.split('=')[1]) : fallback;
};
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export async function benchCorpus(): Promise<void> {
  const kept = process.argv.find((a) => a.startsWith('--db='))?.slice(5);
  if (kept) {
    const store = await openStore(kept, { mustExist: true });
    const n = (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n;
    console.log(`\n## corpus views on ${kept} (${n} articles)`);
    await timeViews(store);
    await store.close();
    return;
  }
  const articles = arg('articles', 100_000);
  const workers = arg('workers', 2);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-corpus-'));
  const input = join(dir, 'corpus.jsonl');
  const db = join(dir, 'corpus.db');
  console.log(`\n## corpus (${articles} synthetic articles, ${workers} worker threads)\n`);
  try {
    const bytes = await writeCorpus(input, articles);
    console.log(`generated ${mb(bytes)} of JSON Lines in ${dir}`);

    const store = await openStore(db);
    let peak = 0;
    const rss: string[] = [];
    const t0 = performance.now();
    const sampler = setInterval(() => {
      const now = process.memoryUsage().rss;
      peak = Math.max(peak, now);
    }, 250);
    let next = articles / 5;
    const summary = await ingestCorpus({
      store,
      paths: [input],
      workers,
      onProgress: (p) => {
        if (p.analysed >= next) {
          rss.push(`${p.analysed}: ${mb(process.memoryUsage().rss)}`);
          next += articles / 5;
        }
      },
    });
    clearInterval(sampler);
    const seconds = (performance.now() - t0) / 1000;
    const size = fileSize(db) + fileSize(`${db}-wal`);
    console.log(`ingest: ${summary.stored} stored, ${summary.duplicates} duplicates, ${summary.failed} failed, ${summary.problems} problems in ${seconds.toFixed(1)} s`);
    console.log(`ingest rate (full analysis, ${workers} workers, includes the final summary rebuild of ${summary.summarySeconds.toFixed(1)} s): ${(summary.analysed / seconds).toFixed(1)} articles/s`);
    console.log(`memory (RSS of the process, workers included) along the run: ${rss.join(', ')}; peak ${mb(peak)}`);
    console.log(`database: ${mb(size)}, ${(size / Math.max(summary.stored, 1) / 1024).toFixed(1)} KB per article`);
    await timeViews(store);
    await store.close();
  } finally {
    if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function fileSize(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.size ?? 0;
}

async function timeViews(store: Store): Promise<void> {
  const top = (await claimsView(store, { limit: 1 })).clusters[0]?.id;
  const words = ['Kabulov', 'bridge', 'talks', 'школ', 'Grenze', 'délégation', 'داعش', 'ISIS', 'prices bread', '"power cuts"'];
  const speakers = ['Zamir Kabulov', 'Замир Кабулов', 'ضمير كابولوف', 'Dmitry Peskov', 'Samir Kabulow'];
  let i = 0;
  const views: [string, () => Promise<unknown>][] = [
    ['search (one or two words)', () => searchView(store, { query: words[i++ % words.length] })],
    ['search + language + dates', () => searchView(store, { query: words[i++ % words.length], language: 'en', from: '2023-06-01', to: '2023-12-31' })],
    ['search + speaker', () => searchView(store, { query: 'talks', speaker: speakers[i++ % speakers.length] })],
    ['search + narrative', () => searchView(store, { query: 'ISIS', narrative: 'us-created-isis' })],
    ['narratives', () => narrativesView(store)],
    ['speakers', () => speakersView(store)],
    ['speaker (100 quotes)', () => speakerView(store, speakers[i++ % speakers.length])],
    ['claims', () => claimsView(store)],
    ['claims --cluster (top)', () => claimsView(store, { cluster: top ?? 1 })],
    ['outlets', () => outletsView(store)],
    ['near-duplicate groups', () => duplicatesView(store)],
  ];
  console.log('\n| view | median ms | p95 ms |\n|---|---|---|');
  for (const [name, run] of views) {
    for (let w = 0; w < 2; w++) await run();
    const times: number[] = [];
    for (let k = 0; k < 30; k++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${name} | ${times[14].toFixed(1)} | ${times[Math.ceil(0.95 * times.length) - 1].toFixed(1)} |`);
  }
}
