// Deleting documents and sources, on SQLite and PostgreSQL: no row, full-text entry or summary of a deleted document
// is left, nothing else is touched, and a re-ingest of the same input stores it again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../store/postgres/test-db.js';
import type { Store } from '../store/index.js';
import { deleteDocuments, deleteSource, DocumentNotFound, SourceNotFound } from './delete.js';
import { ItemAnalyzer } from './ingest/analyze-item.js';
import { itemKey } from './ingest/item.js';
import { toRecord } from './ingest/record.js';
import { CorpusWriter } from './ingest/write.js';
import { fixtureArticles, storeFixtureCorpus } from './test-helpers.js';
import { outletsView, searchView } from './views/index.js';

const pgDb = await createTestDatabase('claimtrail_delete');
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-delete-'));
test.after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

const TABLES = ['quotes', 'claims', 'doc_entities', 'techniques', 'doc_narratives', 'narrative_evidence', 'doc_bands'];

async function rowsOf(store: Store, doc: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [...TABLES, 'document_texts', 'documents', 'sources']) {
    const col = t === 'document_texts' || t === 'documents' ? 'id' : 'doc';
    out[t] = (await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${t} WHERE ${col} = ?`, [doc]))?.n ?? -1;
  }
  return out;
}

async function count(store: Store, table: string): Promise<number> {
  return (await store.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n ?? -1;
}

/** Stores fixture article `i` again, as the fixture loader did (same item key), and says what the writer did. */
async function reingest(store: Store, i: number) {
  const { text, carries: _c, ...meta } = fixtureArticles()[i];
  const doc = new ItemAnalyzer().analyze({ kind: 'text', name: `articles.jsonl:${i + 1}`, text, meta });
  return new CorpusWriter(store).write([{ key: itemKey('test', text), origin: `articles.jsonl:${i + 1}`, record: toRecord(doc) }]);
}

async function ftsIntact(store: Store): Promise<void> {
  // FTS5's own check: every indexed term matches the external content table (a missed 'delete' fails it).
  if (store.engine === 'sqlite') await store.run("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
}

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' && 'skip' in pgDb ? pgDb.skip : undefined;
  const location = () => (engine === 'sqlite' ? join(dir, 'corpus.db') : (pgDb as { url: string }).url);

  test(`${engine}: delete a document, its rows, search entry and summaries; re-ingest stores it again; unknown id refused`, { skip }, async () => {
    const store = await storeFixtureCorpus(location());
    try {
      // A document with quotes, found by a word of its own title.
      const target = await store.get<{ id: number; title: string; outlet: string; origin: string }>(
        'SELECT d.id, d.title, d.outlet, s.origin FROM documents d JOIN sources s ON s.doc = d.id WHERE d.id IN (SELECT doc FROM quotes) ORDER BY d.id LIMIT 1',
      );
      assert.ok(target);
      const before = { docs: await count(store, 'documents'), quotes: await count(store, 'quotes') };
      const own = await rowsOf(store, target.id);
      assert.ok(own.quotes > 0 && own.document_texts === 1);
      const word = target.title.match(/[\p{L}]{6,}/u)?.[0] ?? '';
      assert.ok((await searchView(store, { query: word })).hits.some((h) => h.doc === target.id), 'found before delete');
      const outletBefore = (await outletsView(store)).outlets.find((o) => o.outlet === target.outlet)?.articles ?? 0;

      await assert.rejects(deleteDocuments(store, [target.id, 999999]), (e: unknown) => e instanceof DocumentNotFound && /999999/.test(e.message));
      assert.equal(await count(store, 'documents'), before.docs, 'a refused delete deletes nothing');

      const result = await deleteDocuments(store, [target.id]);
      assert.deepEqual(result.deleted, [target.id]);
      assert.ok(result.sources >= 1);
      assert.deepEqual(Object.values(await rowsOf(store, target.id)), Array(TABLES.length + 3).fill(0));
      assert.equal(await count(store, 'documents'), before.docs - 1);
      assert.equal(await count(store, 'quotes'), before.quotes - own.quotes);
      assert.ok(!(await searchView(store, { query: word })).hits.some((h) => h.doc === target.id), 'not found after delete');
      await ftsIntact(store);
      const outletAfter = (await outletsView(store)).outlets.find((o) => o.outlet === target.outlet)?.articles ?? 0;
      assert.equal(outletAfter, outletBefore - 1, 'outlet summary rebuilt');

      const i = Number(/:(\d+)$/.exec(target.origin)?.[1]) - 1;
      assert.equal((await reingest(store, i)).stored, 1, 're-ingest stores the deleted article again');
      assert.equal(await count(store, 'documents'), before.docs);
      await ftsIntact(store);
      assert.ok((await searchView(store, { query: word })).hits.length > 0);
    } finally {
      await store.close();
    }
  });

  test(`${engine}: delete a source by its origin (a file's items), unknown source refused`, { skip }, async () => {
    if (engine === 'sqlite') rmSync(location(), { force: true });
    const store = engine === 'sqlite' ? await storeFixtureCorpus(join(dir, 'sources.db')) : await storeFixtureCorpus(location());
    try {
      const docs = await count(store, 'documents');
      await assert.rejects(deleteSource(store, 'nothing.jsonl'), (e: unknown) => e instanceof SourceNotFound && /nothing\.jsonl/.test(e.message));
      // Every fixture item's origin is "articles.jsonl:N": the file deletes them all.
      const result = await deleteSource(store, 'articles.jsonl');
      assert.equal(result.deleted.length, docs);
      for (const t of ['documents', 'document_texts', 'sources', ...TABLES, 'speaker_stats', 'outlet_stats', 'narrative_stats', 'cluster_stats']) assert.equal(await count(store, t), 0, t);
      await ftsIntact(store);
      assert.equal((await reingest(store, 0)).stored, 1);
    } finally {
      await store.close();
    }
  });
}
