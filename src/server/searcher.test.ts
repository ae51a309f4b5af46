// Views' answers kept by the searcher: computed once per store generation, computed again after any write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/engine.js';
import { Searcher } from './searcher.js';

test('a view is computed once while the store is unchanged, and again after a write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-searcher-'));
  const store = SqliteStore.open(join(dir, 'corpus.db'));
  const searcher = new Searcher(store, { threads: 0 });
  try {
    let computed = 0;
    const view = (key: string) => searcher.view(key, async () => JSON.stringify({ n: ++computed }));
    assert.equal(await view('narratives {}'), '{"n":1}');
    assert.equal(await view('narratives {}'), '{"n":1}', 'kept');
    assert.equal(await view('claims {}'), '{"n":2}', 'another key is another answer');
    await store.run("INSERT INTO meta (key, value) VALUES ('updated_at', 'now') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    assert.equal(await view('narratives {}'), '{"n":3}', 'a write drops what was kept');
  } finally {
    await searcher.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
