import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureArticles, storeFixtureCorpus } from '../test-helpers.js';
import { narrativesView } from './narratives.js';

// The whole chain on the five-language test corpus: the narratives stage of the default pipeline marks the
// articles, the store keeps them, the view lists them.
test('narratives with real analysis: exactly the carrying articles, five languages, first seen in Russian', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-narratives-'));
  const store = await storeFixtureCorpus(join(dir, 'corpus.db'), { handSet: false });
  try {
    const { narratives } = await narrativesView(store, { documents: 100 });
    assert.equal(narratives.length, 1, JSON.stringify(narratives.map((n) => n.id)));
    const [n] = narratives;
    const carrying = fixtureArticles().filter((a) => a.carries);
    assert.deepEqual(n.documents.map((d) => d.url).sort(), carrying.map((a) => a.url).sort());
    assert.deepEqual(n.languages.map((l) => l.key).sort(), ['ar', 'de', 'en', 'fr', 'ru']);
    assert.equal(n.firstSeen?.url, 'https://vestnik.example/politika/kabulov-ssha-igil');
    assert.equal(n.firstSeen?.published, '2024-02-12');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
