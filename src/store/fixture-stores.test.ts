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
import { LATEST_VERSION } from './migrations.js';

const FIXTURES = new URL('../../test/fixtures/stores/', import.meta.url).pathname;
const stores = readdirSync(FIXTURES).filter((f) => f.endsWith('.sqlite.gz'));

test('there is a fixture store for every shape a release wrote', () => {
  assert.ok(stores.includes('v1-early.sqlite.gz'), 'v1-early: schema_version 1 before published_sort and narrative_stats');
  assert.ok(stores.includes('v1.sqlite.gz'), 'v1: schema_version 1 as the first stop landed it');
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
