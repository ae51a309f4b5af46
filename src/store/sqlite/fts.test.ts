// SQLite full-text search: snippets of the page read by one pass over its rowid range (alias-expanded queries) are
// the snippets one lookup per row gives, and searchText answers the same hits, ranks and snippets either way;
// ranking is capped at the newest RANK_CAP matches and says so; filters select what a plain join selects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './engine.js';
import { TOTAL_CAP, type SqlValue, type TextSearch } from '../types.js';
import { ftsQuery, phraseCount, RANGED_SNIPPETS_FROM, RANK_CAP, snippetSql } from './fts.js';

const TEXTS = [
  'Talks in Kabul\n\nThe envoy said ISIS fighters were trained near Kabul, and Daesh denied it.',
  'Market report\n\nBread prices rose again; nothing about any armed group here.',
  'Interview\n\nThe so-called Islamic State lost ground, the minister said, while talks went on.',
  'Border notes\n\nIncidents on the border: ISIL claimed two, officials said. Kabul did not comment.',
  'Weather\n\nRain in Kabul for the third day.',
  'Analysis\n\nWhether Daesh or ISIS, the group changed names more often than tactics, and the talks stalled.',
];

async function storeWithTexts(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  await store.transaction(async (tx) => {
    for (const [i, text] of TEXTS.entries()) {
      const id = i + 1;
      const title = text.split('\n')[0];
      await tx.run("INSERT INTO documents (id, identity, doc_id, content_hash, title, language, chars, ingested_at) VALUES (?, ?, ?, ?, ?, 'en', ?, '2024-01-01')", [id, `text:${id}`, `d${id}`, `h${id}`, title, text.length]);
      await tx.run('INSERT INTO document_texts (id, title, text, json) VALUES (?, ?, ?, ?)', [id, title, text, new Uint8Array([0])]);
      await store.indexText(tx, id, title, text);
    }
  });
  return store;
}

test('ranged snippets are the per-row snippets, for a query of many phrases and of one', async () => {
  const store = await storeWithTexts();
  try {
    for (const query of ['ISIS|Daesh|ISIL|"Islamic State"|"so called Islamic State"', 'Kabul', 'talks ISIS|Daesh', 'Kabul said', '"the envoy" Kabul']) {
      const match = ftsQuery(query);
      const ids = [1, 3, 4, 6];
      const perRow = await store.all(snippetSql(ids.length), [match, ...ids]);
      const ranged = await store.all(snippetSql(ids.length, true), [match, 1, 6, ...ids]);
      const byDoc = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => Number(a.doc) - Number(b.doc));
      assert.deepEqual(byDoc(ranged), byDoc(perRow), query);
      assert.ok(perRow.length > 0 && perRow.every((r) => String(r.snippet).includes('«')), `${query}: snippets mark the match`);
      assert.ok(!ranged.some((r) => r.doc === 2 || r.doc === 5), 'rows inside the range but off the page are not returned');
    }
  } finally {
    await store.close();
  }
});

test('searchText: an alias-expanded query (ranged snippets) and a one-word query page, rank and mark as before', async () => {
  const store = await storeWithTexts();
  try {
    const many = 'ISIS|Daesh|ISIL|"Islamic State"|"Islamic State of Iraq and Syria"';
    assert.ok(phraseCount(ftsQuery(many)) >= RANGED_SNIPPETS_FROM, 'this query takes the ranged path');
    const all = await store.searchText({ query: many, limit: 10 });
    assert.deepEqual(all.hits.map((h) => h.doc).sort(), [1, 3, 4, 6]);
    assert.equal(all.total, 4);
    for (const h of all.hits) assert.match(h.snippet, /«(ISIS|Daesh|ISIL|Islamic State)»/);
    const page = await store.searchText({ query: many, limit: 2, offset: 1 });
    assert.deepEqual(page.hits, all.hits.slice(1, 3), 'a page is a slice of the ranking, with the same snippets');
    const one = await store.searchText({ query: 'Kabul', limit: 10 });
    assert.deepEqual(one.hits.map((h) => h.doc).sort(), [1, 4, 5]);
    for (const h of one.hits) assert.match(h.snippet, /«Kabul»/);
  } finally {
    await store.close();
  }
});

/** RANK_CAP + 5 documents: every one says "alpha"; the oldest says it most (and in its title). */
async function storeOverCap(): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  const langs = ['en', 'fr', 'de'];
  await store.transaction(async (tx) => {
    for (let id = 1; id <= RANK_CAP + 5; id++) {
      const title = id === 1 ? 'alpha alpha' : `note ${id}`;
      const text = `${id === 1 ? 'alpha alpha alpha beta' : 'alpha and other words here'}${id % 100 === 0 ? ' beta' : ''}`;
      const published = `2024-${String(1 + (id % 12)).padStart(2, '0')}-15`;
      await tx.run("INSERT INTO documents (id, identity, doc_id, content_hash, title, outlet, language, published, chars, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01')", [id, `text:${id}`, `d${id}`, `h${id}`, title, `Outlet ${id % 4}`, langs[id % 3], published, text.length]);
      await tx.run('INSERT INTO document_texts (id, title, text, json) VALUES (?, ?, ?, ?)', [id, title, text, new Uint8Array([0])]);
      await store.indexText(tx, id, title, text);
    }
  });
  return store;
}

test('ranking is capped at the newest RANK_CAP matches, and says so; fewer matches are ranked whole', async () => {
  const store = await storeOverCap();
  try {
    const many = await store.searchText({ query: 'alpha', limit: 5 });
    assert.deepEqual({ total: many.total, more: many.more, rankedOnly: many.rankedOnly }, { total: TOTAL_CAP, more: true, rankedOnly: RANK_CAP });
    assert.ok(!many.hits.some((h) => h.doc <= 5), 'the oldest five matches are past the cap: not ranked, not returned');
    const few = await store.searchText({ query: 'beta', limit: 5 });
    assert.deepEqual({ total: few.total, more: few.more, rankedOnly: few.rankedOnly }, { total: 11, more: false, rankedOnly: null });
    assert.equal(few.hits[0].doc, 1, 'under the cap the best match wins however old it is');
    const past = await store.searchText({ query: 'beta', limit: 5, offset: 50 });
    assert.deepEqual({ total: past.total, hits: past.hits }, { total: 11, hits: [] }, 'a page past the end still counts');
    const second = await store.searchText({ query: 'beta', limit: 5, offset: 10 });
    const whole = await store.searchText({ query: 'beta', limit: 11 });
    assert.deepEqual({ total: second.total, hits: second.hits }, { total: 11, hits: whole.hits.slice(10) }, 'the last page holds the last of the ranking');
    const pastFiltered = await store.searchText({ query: 'alpha', language: 'de', limit: 5, offset: 2000 });
    assert.deepEqual({ total: pastFiltered.total, hits: pastFiltered.hits }, { total: Array.from({ length: RANK_CAP + 5 }, (_, i) => i + 1).filter((id) => id % 3 === 2).length, hits: [] }, 'past the end with the language probed, the count is still given');
    const none = await store.searchText({ query: 'alpha', language: 'ru', limit: 5 });
    assert.deepEqual({ total: none.total, hits: none.hits }, { total: 0, hits: [] }, 'a language no match is in: none, after a scan of every match');
  } finally {
    await store.close();
  }
});

test('filters (outlet, language, dates, together) give the ranking of a plain join over every match', async () => {
  const store = await storeOverCap();
  try {
    const match = ftsQuery('beta');
    const cases: { filter: Partial<TextSearch>; where: string; params: SqlValue[] }[] = [
      { filter: { outlet: 'Outlet 0' }, where: 'd.outlet = ?', params: ['Outlet 0'] },
      { filter: { language: 'en' }, where: 'd.language = ?', params: ['en'] },
      { filter: { from: '2024-03-01', to: '2024-06-15' }, where: 'd.published >= ? AND d.published <= ?', params: ['2024-03-01', '2024-06-15~'] },
      { filter: { outlet: 'Outlet 0', language: 'fr', from: '2024-02-01' }, where: 'd.outlet = ? AND d.language = ? AND d.published >= ?', params: ['Outlet 0', 'fr', '2024-02-01'] },
      // the language probed in its index (no dates), and read from the joined row (with dates)
      { filter: { outlet: 'Outlet 0', language: 'de' }, where: 'd.outlet = ? AND d.language = ?', params: ['Outlet 0', 'de'] },
      { filter: { language: 'de', from: '2024-03-01' }, where: 'd.language = ? AND d.published >= ?', params: ['de', '2024-03-01'] },
    ];
    for (const { filter, where, params } of cases) {
      const expected = await store.all<{ doc: number; rank: number }>(`SELECT documents_fts.rowid AS doc, bm25(documents_fts, 4.0, 1.0) AS rank FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ? AND ${where} ORDER BY rank, doc DESC`, [match, ...params]);
      const got = await store.searchText({ query: 'beta', ...filter, limit: 50 });
      assert.ok(expected.length > 0 && expected.length < 11, `${JSON.stringify(filter)}: a filter that selects some (${expected.length})`);
      assert.deepEqual(got.hits.map((h) => ({ doc: h.doc, rank: h.rank })), expected, JSON.stringify(filter));
      assert.equal(got.total, expected.length);
    }
  } finally {
    await store.close();
  }
});

test('alternatives that contain another are dropped (the same matches, fewer phrases); prefixes stay', async () => {
  assert.equal(ftsQuery('Washington|"Washington DC"|"state of Washington"|"штат Вашингтон"|Вашингтон'), '("Washington" OR "Вашингтон")');
  assert.equal(ftsQuery('"islamic state"|"Islamic State of Iraq"|ISIS'), '("islamic state" OR "ISIS")', 'compared in lower case, as FTS5 folds case');
  assert.equal(ftsQuery('Kabul*|"Kabul airport"|Kabul'), '("Kabul"* OR "Kabul")', 'a prefix term neither drops nor is dropped; the phrase goes for the word');
  assert.equal(ftsQuery('"state of"|"of state"'), '("state of" OR "of state")', 'the same words in another order are not contained');
  const store = await storeWithTexts();
  try {
    const wide = await store.searchText({ query: 'Kabul|"Kabul for the third day"|"near Kabul"', limit: 10 });
    const plain = await store.searchText({ query: 'Kabul', limit: 10 });
    assert.deepEqual(wide.hits.map((h) => h.doc).sort(), plain.hits.map((h) => h.doc).sort());
    assert.equal(wide.total, plain.total);
  } finally {
    await store.close();
  }
});
