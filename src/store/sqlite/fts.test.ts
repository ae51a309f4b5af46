// SQLite full-text search: snippets of the page read by one pass over its rowid range (alias-expanded queries) are
// the snippets one lookup per row gives, and searchText answers the same hits, ranks and snippets either way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteStore } from './engine.js';
import { ftsQuery, phraseCount, RANGED_SNIPPETS_FROM, snippetSql } from './fts.js';

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
    for (const query of ['ISIS|Daesh|ISIL|"Islamic State"|"so called Islamic State"', 'Kabul', 'talks ISIS|Daesh']) {
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
