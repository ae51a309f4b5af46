// Stores written by earlier claimtrail commits (test/fixtures/stores, one per schema shape) open, migrate and work:
// views read them, ingest adds to them, and nothing stored is lost (issue 17.5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { openCorpus } from '../corpus/open.js';
import { ItemAnalyzer } from '../corpus/ingest/analyze-item.js';
import { itemKey } from '../corpus/ingest/item.js';
import { toRecord } from '../corpus/ingest/record.js';
import { CorpusWriter } from '../corpus/ingest/write.js';
import { narrativesView } from '../corpus/views/narratives.js';
import { speakersView } from '../corpus/views/speakers.js';
import Database from 'better-sqlite3';
import { LATEST_VERSION, migrations } from './migrations.js';
import { openStore, type Store } from './index.js';

const FIXTURES = new URL('../../test/fixtures/stores/', import.meta.url).pathname;
const stores = readdirSync(FIXTURES).filter((f) => f.endsWith('.sqlite.gz'));

/** The schema_version a fixture file says, read without migrating it. */
function fixtureVersion(name: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fixture-version-'));
  try {
    const path = join(dir, 'store.sqlite');
    writeFileSync(path, gunzipSync(readFileSync(join(FIXTURES, name))));
    const db = new Database(path, { readonly: true });
    try {
      return Number((db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string }).value);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every table, index and column of a store, as "table.column" and "index name" lines (the shape, not the rows). */
async function shapeOf(store: Store): Promise<string[]> {
  const objects = await store.all<{ type: string; name: string }>("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts_%'");
  const lines: string[] = [];
  for (const o of objects) {
    lines.push(`${o.type} ${o.name}`);
    if (o.type !== 'table') continue;
    for (const c of await store.all<{ name: string }>('SELECT name FROM pragma_table_info(?)', [o.name])) lines.push(`column ${o.name}.${c.name}`);
  }
  return lines.sort();
}

let freshShape: string[] = [];

test('there is a fixture store for every shape a release wrote', () => {
  assert.ok(stores.includes('v1-early.sqlite.gz'), 'v1-early: schema_version 1 before published_sort and narrative_stats');
  assert.ok(stores.includes('v1.sqlite.gz'), 'v1: schema_version 1 as the first stop landed it');
  assert.ok(stores.includes('v3-no-jobs.sqlite.gz'), 'v3-no-jobs: version 3 as the repair step, without ingest_jobs');
  assert.ok(stores.includes('v4-no-jobs.sqlite.gz'), 'v4-no-jobs: version 4 of the commit that numbered it before ingest_jobs landed');
});

test('every schema version has its migration step, and every earlier version a fixture store', () => {
  assert.deepEqual(migrations.map((m) => m.version), Array.from({ length: LATEST_VERSION }, (_, i) => i + 1), 'versions run 1, 2, … with no gap');
  for (const m of migrations) assert.ok(m.steps.length > 0, `version ${m.version} has steps`);
  const versions = new Set(stores.map(fixtureVersion));
  for (let v = 1; v < LATEST_VERSION; v++) assert.ok(versions.has(v), `a fixture store written at schema version ${v} (test/fixtures/stores/README.md says how)`);
});

test('a new store has the shape every migrated fixture must reach', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fresh-store-'));
  try {
    const store = await openStore(join(dir, 'fresh.sqlite'));
    try {
      freshShape = await shapeOf(store);
      assert.ok(freshShape.includes('table ingest_jobs') && freshShape.includes('column quotes.published_sort'));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const name of stores) {
  test(`${name}: opens at version ${LATEST_VERSION}, keeps its documents, views work, ingest adds one`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fixture-store-'));
    const path = join(dir, name.replace(/\.gz$/, ''));
    writeFileSync(path, gunzipSync(readFileSync(join(FIXTURES, name))));
    copyFileSync(path, `${path}.before`);
    try {
      const store = await openCorpus(path);
      try {
        assert.equal(store.version, LATEST_VERSION);
        // every table, index and column a new store has (ingest_jobs was missing from stores of two commits)
        assert.deepEqual(await shapeOf(store), freshShape);
        const before = await store.all<{ n: number }>('SELECT count(*) AS n FROM documents');
        assert.equal(Number(before[0].n), 2, 'both stored documents are still there');
        const quotes = await store.all<{ published_sort: string }>('SELECT published_sort FROM quotes');
        assert.ok(quotes.every((q) => typeof q.published_sort === 'string' && q.published_sort.length > 0));
        await narrativesView(store); // failed with "no such table: narrative_stats" before the repair step
        const { speakers } = await speakersView(store);
        assert.ok(Array.isArray(speakers));

        const text = 'Bridge reopens\n\nThe transport minister, Lena Berg, said on Tuesday that the bridge was safe again.';
        const doc = new ItemAnalyzer().analyze({ kind: 'text', name: 'new.txt', text, meta: { published: '2024-05-01' } });
        const result = await new CorpusWriter(store).write([{ key: itemKey('fixture', text), origin: 'new.txt', record: toRecord(doc) }]);
        assert.equal(result.stored, 1);
        const after = await store.all<{ n: number }>('SELECT count(*) AS n FROM documents');
        assert.equal(Number(after[0].n), 3);
      } finally {
        await store.close();
      }
      // opened again: already migrated, nothing to do, nothing changes
      const again = await openCorpus(path);
      assert.equal(again.version, LATEST_VERSION);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
