// The store generation that kept search answers are checked against: unchanged while nothing is written, moved by
// every commit (the server's own connection or another), and blind to a transaction not yet committed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { storeGeneration } from './search-generation.js';

const touch = "INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";

test('a SQLite file: data_version moves with each commit, from this connection or another, not before it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-generation-'));
  const store = await openStore(join(dir, 'corpus.db'));
  const generation = storeGeneration(store);
  try {
    const g0 = await generation.read();
    assert.match(g0, /^v\d+$/);
    assert.equal(await generation.read(), g0, 'no write, no change');
    let during = '';
    await store.transaction(async (tx) => {
      await tx.run(touch, ['2024-01-01T00:00:00.000Z']);
      during = await generation.read();
    });
    assert.equal(during, g0, 'an uncommitted write is not seen');
    const g1 = await generation.read();
    assert.notEqual(g1, g0, 'the commit is seen');
    const other = await openStore(join(dir, 'corpus.db'), { mustExist: true });
    await other.run(touch, ['2024-01-02T00:00:00.000Z']);
    await other.close();
    assert.notEqual(await generation.read(), g1, 'a commit of another connection is seen');
  } finally {
    generation.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a store without a file of its own (PostgreSQL, SQLite in memory): the updated_at every write path sets', async () => {
  const store = await openStore(':memory:');
  const generation = storeGeneration(store);
  try {
    const g0 = await generation.read();
    assert.equal(g0, 'u', 'a new store has no updated_at yet');
    await store.run(touch, ['2024-01-01T00:00:00.000Z']);
    assert.equal(await generation.read(), 'u2024-01-01T00:00:00.000Z');
  } finally {
    generation.close();
    await store.close();
  }
});
