// The search reader threads: the same answers as a search on the main thread, a 503 busy (with Retry-After) when a
// search waits past its budget, runs past its limit or finds the queue full, the pool still serving after, and a
// store the threads cannot open searched on the main thread instead.
import { mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../corpus/test-helpers.js';
import { searchView, type SearchQuery } from '../corpus/views/index.js';
import type { Store } from '../store/index.js';
import { ApiError } from './problems.js';
import { SearchPool } from './search-pool.js';

let dir: string;
let store: Store;
test.before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-search-pool-'));
  store = await storeFixtureCorpus(join(dir, 'corpus.db'));
});
test.after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const direct = (q: SearchQuery) => searchView(store, q);

async function ready(pool: SearchPool): Promise<void> {
  await pool.search({ query: 'ISIS' }); // starts the threads (answered on the main thread meanwhile)
  for (let i = 0; i < 600 && !pool.readyThreads; i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(pool.readyThreads > 0, 'a reader thread opened the store');
}

test('reader threads answer exactly as the main thread does: hits, order, snippets, totals, filters, speaker', async () => {
  const pool = new SearchPool(store.location, direct, 2);
  try {
    await ready(pool);
    const queries: SearchQuery[] = [
      { query: 'ISIS' },
      { query: 'Kabulov', limit: 2 },
      { query: 'Kabulov', limit: 2, offset: 2 },
      { query: 'Afghanistan', language: 'en' },
      { query: 'ISIS', from: '2024-02-13', to: '2024-02-15' },
      { query: 'ISIS', narrative: 'us-created-isis' },
      { query: 'trains', speaker: 'Замир Кабулов' },
      { query: '"United States"', expand: false },
      { query: 'nothingmatcheshere' },
    ];
    const threaded = await Promise.all(queries.map((q) => pool.search(q)));
    for (const [i, q] of queries.entries()) assert.deepEqual(threaded[i], await direct(q), JSON.stringify(q));
    assert.ok(threaded[0].hits.length > 0 && threaded[0].hits[0].snippet.includes('«'), 'the fixture corpus has ISIS hits with marked snippets');
  } finally {
    await pool.close();
  }
});

test('a search over its wait budget, over its run limit, or past a full queue is a 503 busy; the pool goes on', async () => {
  const pool = new SearchPool(store.location, direct, 1, { budgetMs: 1000, runMs: 5000, maxQueue: 1 });
  try {
    await ready(pool);
    // The clock is the test's from here: the threads' answers arrive only when the test awaits them.
    mock.timers.enable({ apis: ['setTimeout'] });
    // A runs; B waits for the thread; C finds the queue full.
    const settle = (p: Promise<unknown>) => p.then(
      () => null,
      (e: unknown) => e,
    );
    const a = pool.search({ query: 'ISIS' });
    const b = settle(pool.search({ query: 'Kabulov' }));
    const full = await settle(pool.search({ query: 'trains' }));
    assert.ok(full instanceof ApiError && full.code === 'search-busy', String(full));
    assert.equal(full.headers['retry-after'], '2');
    assert.match(full.detail, /1 searches are waiting/);
    mock.timers.tick(1000); // B's wait budget is spent before A is answered
    const late = await b;
    assert.ok(late instanceof ApiError && late.code === 'search-busy', String(late));
    assert.match(late.detail, /waited over 1 s for a thread/);
    assert.deepEqual(await a, await direct({ query: 'ISIS' }), 'A, running, was not stopped by the wait budget');

    const runaway = settle(pool.search({ query: 'Afghanistan' }));
    mock.timers.tick(5000); // the run limit: its thread is ended and a new one started
    const stopped = await runaway;
    assert.ok(stopped instanceof ApiError && stopped.code === 'search-busy', String(stopped));
    assert.match(stopped.detail, /ran over 5 s/);
    assert.deepEqual(await pool.search({ query: 'Kabulov' }), await direct({ query: 'Kabulov' }), 'the new thread answers');
  } finally {
    mock.timers.reset();
    await pool.close();
  }
});

test('a free thread takes the search the most requests wait on; equals in the order they came', async () => {
  const pool = new SearchPool(store.location, direct, 1);
  try {
    await ready(pool);
    const done: string[] = [];
    const run = (query: string, waiters: number) => pool.search({ query }, () => waiters).then(() => done.push(query));
    // The first runs at once; the others queue behind it, and one of them is what five requests wait on.
    await Promise.all([run('ISIS', 1), run('Kabulov', 1), run('Afghanistan', 5), run('trains', 1), run('Peskov', 2)]);
    assert.deepEqual(done, ['ISIS', 'Afghanistan', 'Peskov', 'Kabulov', 'trains']);
  } finally {
    await pool.close();
  }
});

test('a file the threads cannot open as a store: searches run on the main thread, and the fault is logged', async () => {
  const bad = join(dir, 'not-a-store.db');
  writeFileSync(bad, 'this is not SQLite at all, just text of the right length or more');
  const logged: string[] = [];
  const pool = new SearchPool(bad, direct, 1, undefined, (l) => logged.push(l));
  try {
    await pool.search({ query: 'ISIS' });
    for (let i = 0; i < 600 && !logged.length; i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(logged.join('\n'), /search threads could not open .*not-a-store\.db.*searching on the main thread/);
    assert.deepEqual(await pool.search({ query: 'Kabulov' }), await direct({ query: 'Kabulov' }));
    assert.equal(pool.readyThreads, 0);
  } finally {
    await pool.close();
  }
});
