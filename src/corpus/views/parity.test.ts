// Every view, and the HTTP API over them, gives the same answers on SQLite and PostgreSQL for the same corpus (the
// five-language test corpus, analysed once per engine). Search is compared on what both engines promise alike — the
// documents found and their count, and the words marked in snippets — not on rank values, which each engine scores
// its own way (bm25 and ts_rank).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.js';
import { createTestDatabase } from '../../store/postgres/test-db.js';
import type { Store } from '../../store/index.js';
import { NARRATIVE, storeFixtureCorpus } from '../test-helpers.js';
import { claimsView, duplicatesView, narrativesView, outletsView, searchView, speakersView, speakerView } from './index.js';

const pgDb = await createTestDatabase('claimtrail_parity');
const skip = 'skip' in pgDb ? pgDb.skip : undefined;
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-parity-'));
let lite: Store;
let pgs: Store;

test.before(async () => {
  if (skip || 'skip' in pgDb) return;
  [lite, pgs] = await Promise.all([storeFixtureCorpus(join(dir, 'corpus.db')), storeFixtureCorpus(pgDb.url)]);
});
test.after(async () => {
  await lite?.close();
  await pgs?.close();
  if (!('skip' in pgDb)) await pgDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Count lists ({key, count}…) with their ties put in key order. summaries.ts orders its lists by count alone, so
 * the order of equal counts is whatever each engine's GROUP BY gives (it differs between runs of one engine too); and
 * a NULL key sorts first in SQLite, last in PostgreSQL. Everything else is compared as it comes.
 */
function tiesInKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(tiesInKeyOrder);
    const isCount = (x: unknown) => typeof x === 'object' && x !== null && 'key' in x && 'count' in x;
    if (!items.length || !items.every(isCount)) return items;
    const k = (x: unknown) => (x as { key: string | null }).key ?? '';
    return [...items].sort((a, b) => (b as { count: number }).count - (a as { count: number }).count || (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tiesInKeyOrder(v)]));
  return value;
}

async function same<T>(name: string, view: (store: Store) => Promise<T>): Promise<T> {
  const [a, b] = await Promise.all([view(lite), view(pgs)]);
  assert.deepEqual(tiesInKeyOrder(b), tiesInKeyOrder(a), `${name} differs between SQLite and PostgreSQL`);
  return a;
}

test('narratives, speakers, claims, outlets and near-duplicates: the same JSON on both engines', { skip }, async () => {
  const n = await same('narratives', (s) => narrativesView(s, { documents: 100 }));
  assert.equal(n.narratives[0]?.id, NARRATIVE.id);
  await same('one narrative', (s) => narrativesView(s, { narrative: NARRATIVE.id, documents: 3 }));
  await same('speakers', (s) => speakersView(s));
  for (const name of ['Zamir Kabulov', 'Замир Кабулов', 'ضمير كابولوف', 'Samir Kabulow', 'Nobody Atall']) await same(`speaker ${name}`, (s) => speakerView(s, name));
  const claims = await same('claims', (s) => claimsView(s, { limit: 100 }));
  for (const c of claims.clusters) await same(`claims cluster ${c.id}`, (s) => claimsView(s, { cluster: c.id }));
  await same('outlets', (s) => outletsView(s));
  await same('one outlet', (s) => outletsView(s, { outlet: 'Kabul Observer' }));
  await same('near-duplicates', (s) => duplicatesView(s));
});

test('search: the same documents and totals, with filters, and the same words marked', { skip }, async () => {
  const queries = [
    { query: 'Kabulov' },
    { query: 'Кабулов' },
    { query: 'داعش' },
    { query: '"Zamir Kabulov"' },
    { query: 'ISIS', language: 'en' },
    { query: 'Kabulov', from: '2024-02-14', to: '2024-02-20' },
    { query: 'Kabulov', narrative: NARRATIVE.id },
    { query: 'Kabulov', speaker: 'Замир Кабулов' },
    { query: 'Kabulov', outlet: 'Kabul Observer', limit: 1, offset: 1 },
    { query: 'nothing-like-this-word' },
  ];
  for (const q of queries) {
    const [a, b] = await Promise.all([searchView(lite, q), searchView(pgs, q)]);
    assert.equal(b.total, a.total, `total for ${JSON.stringify(q)}`);
    assert.ok(a.total > 0 || q.query.startsWith('nothing'), `the corpus answers ${JSON.stringify(q)}`);
    if (q.limit) assert.equal(b.hits.length, a.hits.length);
    else assert.deepEqual(b.hits.map((h) => h.doc).sort(), a.hits.map((h) => h.doc).sort(), `hits for ${JSON.stringify(q)}`);
    const marked = (s: string) => [...new Set([...s.matchAll(/«([^»]+)»/g)].map((m) => m[1].toLowerCase()))].sort();
    for (const h of b.hits) assert.ok(marked(h.snippet).length > 0, `a term marked in ${h.snippet}`);
  }
});

test('the HTTP API answers the same on both engines', { skip }, async () => {
  const apps = [lite, pgs].map((store) => createApp({ store, token: 't', webRoot: null, log: () => {} }).app);
  const paths = ['/api/v1/narratives', '/api/v1/speakers', '/api/v1/claims', '/api/v1/outlets', '/api/v1/duplicates', '/api/v1/documents', `/api/v1/narratives/${NARRATIVE.id}`, '/api/v1/speakers/Zamir%20Kabulov'];
  for (const path of paths) {
    const [a, b] = await Promise.all(apps.map(async (app) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as unknown };
    }));
    assert.equal(a.status, 200, `${path}: ${JSON.stringify(a.body).slice(0, 200)}`);
    assert.deepEqual(tiesInKeyOrder(b), tiesInKeyOrder(a), `${path} differs between SQLite and PostgreSQL`);
  }
});
