// The search reader threads: the same answers as a search on the main thread, a 503 busy (with Retry-After) when a
// search's time budget is spent or too many wait, the pool still serving after, and a store the threads cannot
// open searched on the main thread instead.
import { test } from 'node:test';
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

test('a spent time budget or a full queue is a 503 busy with Retry-After, and the pool goes on serving', async () => {
  const pool = new SearchPool(store.location, direct, 1, { budgetMs: 60_000, maxQueue: 1 });
  try {
    await ready(pool);
    // One running, one waiting: the third finds the queue full.
    const running = [pool.search({ query: 'ISIS' }), pool.search({ query: 'Kabulov' })];
    const full = await pool.search({ query: 'trains' }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(full instanceof ApiError && full.code === 'busy', String(full));
    assert.equal(full.headers['retry-after'], '2');
    assert.match(full.detail, /searches are waiting/);
    await Promise.all(running);

    // A takes the thread; B, given no time at all, waits behind it and is over its budget before it can be answered.
    const a = pool.search({ query: 'ISIS' });
    pool.limits.budgetMs = 0;
    const b = pool.search({ query: 'Kabulov' }).then(
      () => null,
      (e: unknown) => e,
    );
    const until = Date.now() + 30;
    while (Date.now() < until); // B's timer falls due before A's answer can be read
    assert.deepEqual(await a, await direct({ query: 'ISIS' }));
    const late = await b;
    assert.ok(late instanceof ApiError && late.code === 'busy', String(late));
    assert.match(late.detail, /took over 0 s/);

    pool.limits.budgetMs = 60_000;
    assert.deepEqual(await pool.search({ query: 'Kabulov' }), await direct({ query: 'Kabulov' }), 'answers again (a new thread if one was ended)');
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
