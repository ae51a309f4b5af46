// GET /api/v1/search behind its cache and reader threads: the same pages as the search view, repeated requests
// answered from the cache, and a write (a delete through the API, or an ingest by another process) seen at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchView } from '../../corpus/views/index.js';
import { CorpusWriter } from '../../corpus/ingest/write.js';
import { ItemAnalyzer } from '../../corpus/ingest/analyze-item.js';
import { itemKey } from '../../corpus/ingest/item.js';
import { toRecord } from '../../corpus/ingest/record.js';
import { openStore } from '../../store/index.js';
import { startTestServer, TEST_TOKEN, type TestServer } from '../test-server.js';
import { searcherFor } from './search.js';

let s: TestServer;
// The article "another process" stores, analysed before the server starts: analysis holds this thread for seconds
// on a loaded machine, and between two requests that let the server's keep-alive timer close the client's pooled
// connection just as the next request went out on it ("fetch failed").
const OTHER_TEXT = 'Zeppelinhangar reopens\n\nThe old zeppelinhangar outside the town reopened as a market hall on Sunday.';
let otherDoc: ReturnType<ItemAnalyzer['analyze']>;
test.before(async () => {
  otherDoc = new ItemAnalyzer().analyze({ kind: 'text', name: 'other.txt', text: OTHER_TEXT, meta: { outlet: 'Test Outlet', language: 'en' } });
  s = await startTestServer();
  searcherFor(s.store).useThreads(); // small as the corpus is
});
test.after(() => s.stop());

interface Page {
  query: string;
  total: number;
  items: { doc: number; title: string | null; snippet: string; rank: number }[];
  nextCursor: string | null;
}
const get = async (path: string): Promise<Page> => {
  const res = await fetch(`${s.url}${path}`);
  assert.equal(res.status, 200, await res.clone().text());
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return (await res.json()) as Page;
};

test('pages through the API are the search view: same documents, order, snippets and total', async () => {
  const first = await get('/api/v1/search?q=Kabulov&limit=2');
  const view = await searchView(s.store, { query: 'Kabulov', limit: 2 });
  assert.equal(first.total, view.total);
  assert.deepEqual(first.items, view.hits);
  assert.ok(first.nextCursor, 'more than one page');
  const second = await get(`/api/v1/search?q=Kabulov&limit=2&cursor=${first.nextCursor}`);
  assert.deepEqual(second.items, (await searchView(s.store, { query: 'Kabulov', limit: 2, offset: 2 })).hits);
  const filtered = await get('/api/v1/search?q=ISIS&language=en&from=2024-02-13');
  assert.deepEqual(filtered.items, (await searchView(s.store, { query: 'ISIS', language: 'en', from: '2024-02-13', limit: 20 })).hits);
});

test('a repeated search is answered from the cache, a different one is not', async () => {
  const cache = searcherFor(s.store).cache;
  const a = await get('/api/v1/search?q=Washington');
  const hits = cache.stats().hits;
  assert.deepEqual(await get('/api/v1/search?q=Washington'), a);
  assert.equal(cache.stats().hits, hits + 1);
  await get('/api/v1/search?q=Washington&language=ru');
  assert.equal(cache.stats().hits, hits + 1, 'a filter makes it another search');
});

test('a delete through the API is seen by the next identical search', async () => {
  const before = await get('/api/v1/search?q=ISIS&limit=100');
  const gone = before.items[0].doc;
  await get('/api/v1/search?q=ISIS&limit=100'); // kept
  const res = await fetch(`${s.url}/api/v1/documents/${gone}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_TOKEN}` } });
  assert.equal(res.status, 200, await res.text());
  const after = await get('/api/v1/search?q=ISIS&limit=100');
  assert.equal(after.total, before.total - 1);
  assert.ok(!after.items.some((h) => h.doc === gone));
});

test('an article stored by another process (another connection) is found by the next identical search', async () => {
  const q = '/api/v1/search?q=zeppelinhangar';
  assert.equal((await get(q)).total, 0);
  assert.equal((await get(q)).total, 0); // kept
  const other = await openStore(s.store.location, { mustExist: true });
  try {
    await new CorpusWriter(other).write([{ key: itemKey('other', OTHER_TEXT), origin: 'other.txt', record: toRecord(otherDoc) }]);
  } finally {
    await other.close();
  }
  const found = await get(q);
  assert.equal(found.total, 1);
  assert.match(found.items[0].snippet, /«zeppelinhangar»/i);
});
