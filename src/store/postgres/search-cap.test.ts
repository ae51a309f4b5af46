// PostgreSQL search ranks the newest RANK_CAP matches only, as the SQLite engine does (sqlite/fts.test.ts): a common
// word no longer reads and ranks every match per search. Said in the answer (rankedOnly); fewer matches are ranked
// whole; a page past the end still counts. Skipped with the reason where no PostgreSQL answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../index.js';
import { RANK_CAP, TOTAL_CAP } from '../types.js';
import { createTestDatabase } from './test-db.js';

const pgDb = await createTestDatabase();
const skip = 'skip' in pgDb ? pgDb.skip : undefined;
let store: Store;

test.before(async () => {
  if ('skip' in pgDb) return;
  store = await openStore(pgDb.url);
  // RANK_CAP + 5 documents say "alpha"; the oldest says it most (and in its title); every hundredth also says "beta".
  await store.transaction(async (tx) => {
    for (let id = 1; id <= RANK_CAP + 5; id++) {
      const title = id === 1 ? 'alpha alpha' : `note ${id}`;
      const text = `${id === 1 ? 'alpha alpha alpha beta' : 'alpha and other words here'}${id % 100 === 0 ? ' beta' : ''}`;
      await tx.run("INSERT INTO documents (id, identity, doc_id, content_hash, chars, language, outlet, published, ingested_at) VALUES (?, ?, 'x', 'x', ?, ?, 'Wire', '2024-02-12', 'now')", [id, `t:${id}`, text.length, id % 2 ? 'en' : 'de']);
      await tx.run('INSERT INTO document_texts (id, title, text, json) VALUES (?, ?, ?, ?)', [id, title, text, new Uint8Array([1])]);
      await store.indexText(tx, id, title, text);
    }
  });
});
test.after(async () => {
  if ('skip' in pgDb) return;
  await store.close();
  await pgDb.drop();
});

test('postgres: ranking is capped at the newest RANK_CAP matches and says so; fewer are ranked whole; pages past the end count', { skip }, async () => {
  const many = await store.searchText({ query: 'alpha', limit: 5 });
  assert.deepEqual({ total: many.total, more: many.more, rankedOnly: many.rankedOnly }, { total: TOTAL_CAP, more: true, rankedOnly: RANK_CAP });
  assert.ok(!many.hits.some((h) => h.doc <= 5), 'the oldest five matches are past the cap: not ranked, not returned');
  const few = await store.searchText({ query: 'beta', limit: 5 });
  assert.deepEqual({ total: few.total, more: few.more, rankedOnly: few.rankedOnly }, { total: 11, more: false, rankedOnly: null });
  assert.equal(few.hits[0].doc, 1, 'under the cap the best match wins however old it is');
  const whole = await store.searchText({ query: 'beta', limit: 11 });
  const last = await store.searchText({ query: 'beta', limit: 5, offset: 10 });
  assert.deepEqual({ total: last.total, hits: last.hits }, { total: 11, hits: whole.hits.slice(10) }, 'the last page is the end of the ranking');
  const past = await store.searchText({ query: 'beta', limit: 5, offset: 50 });
  assert.deepEqual({ total: past.total, hits: past.hits }, { total: 11, hits: [] }, 'a page past the end still counts');
  const german = await store.searchText({ query: 'beta', language: 'de', limit: 20 });
  assert.deepEqual(german.hits.map((h) => h.doc).sort((a, b) => a - b), [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000], 'filters apply before the cap');
});
