// Query-syntax and SQL injection in search and filters: on SQLite (FTS5) and PostgreSQL (tsquery) every string is
// either a 400 naming the fault (checkQuery) or a plain search of its words; never an engine error, never a write.
// Regression: alias expansion's (a OR b) groups next to a phrase were an FTS5 syntax error ("ISIS Kabulov" → 500).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';
import { searchView } from '../../corpus/views/index.js';
import { createTestDatabase } from '../../store/postgres/test-db.js';
import { ApiError } from '../problems.js';
import { checkQuery } from './search.js';

/** Strings that mean something to FTS5, tsquery or SQL, and what the API answers: 400 or a search. */
const QUERIES: [string, 'search' | 'search-syntax' | 'bad-parameter'][] = [
  ['"United States created', 'search-syntax'],
  ['ISIS"', 'search-syntax'],
  ['* ISIS', 'search-syntax'],
  ['*', 'search-syntax'],
  ['^', 'search-syntax'],
  ['(( -- ::', 'search-syntax'],
  ['   ', 'bad-parameter'],
  ['NEAR(ISIS Kabulov, 5)', 'search'],
  ['NEAR(', 'search'],
  ['^ISIS', 'search'],
  ['title:Kabulov', 'search'],
  ['text:ISIS OR title:Kabulov', 'search'],
  ['{title text}: ISIS', 'search'],
  ['ISIS AND NOT Kabulov', 'search'],
  ['ISIS -Kabulov', 'search'],
  ['ISIS | Kabulov & !Taliban', 'search'],
  ['Kabulov:*', 'search'],
  ['ISIS*', 'search'],
  ["' OR 1=1 --", 'search'],
  ["ISIS'); DROP TABLE documents; --", 'search'],
  ['"United States" "created"', 'search'],
  ['\u0000ISIS', 'search'],
];

test('checkQuery: each injection string is a 400 with its reason, or passes to the store', () => {
  for (const [q, want] of QUERIES) {
    let got: string = 'search';
    try {
      checkQuery(q);
    } catch (error) {
      assert.ok(error instanceof ApiError, `${JSON.stringify(q)}: ${String(error)}`);
      got = error.code;
      assert.match(error.detail, /q"|quot|word|\*/, `${JSON.stringify(q)}: the message says what to fix`);
    }
    assert.equal(got, want, JSON.stringify(q));
  }
});

const pgDb = await createTestDatabase('claimtrail_injection');
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-injection-'));
test.after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' && 'skip' in pgDb ? pgDb.skip : undefined;
  test(`${engine}: every query the API lets through, and SQL in every filter, searches safely and writes nothing`, { skip }, async () => {
    const store = await storeFixtureCorpus(engine === 'sqlite' ? join(dir, 'c.db') : (pgDb as { url: string }).url);
    try {
      const docs = (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n;
      for (const [q, want] of QUERIES) {
        if (want !== 'search') continue;
        const r = await searchView(store, { query: q, limit: 5 });
        assert.ok(r.total >= 0 && Array.isArray(r.hits), q);
      }
      // A column prefix is no column filter: "title:Kabulov" finds what "title Kabulov" finds.
      const a = await searchView(store, { query: 'title:Kabulov' });
      const b = await searchView(store, { query: 'title Kabulov' });
      assert.deepEqual(a.hits.map((h) => h.doc), b.hits.map((h) => h.doc));
      const sql = "x' OR '1'='1";
      // (from/to are dates the API checks before they reach the store.)
      for (const filter of ['outlet', 'language', 'narrative', 'speaker'] as const) {
        const r = await searchView(store, { query: 'ISIS', [filter]: sql });
        assert.equal(r.total, 0, `${filter} is a value, not SQL`);
      }
      assert.equal((await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n, docs);
    } finally {
      await store.close();
    }
  });
}
