// Regression: a transaction whose BEGIN fails (another process holds the write lock: SQLITE_BUSY) left the store
// marked as inside a transaction, so every later write failed as "nested transaction" until a restart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../index.js';

test('a BEGIN refused while another writer holds the lock is a clear error, and the next transaction works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-busy-'));
  const path = join(dir, 'c.db');
  const store = await openStore(path);
  const other = new Database(path);
  try {
    await store.all('PRAGMA busy_timeout = 100');
    other.exec('BEGIN IMMEDIATE');
    await assert.rejects(store.transaction(async (tx) => tx.run("INSERT INTO meta (key, value) VALUES ('a', '1')")), /locked|busy/i);
    other.exec('ROLLBACK');
    await store.transaction(async (tx) => tx.run("INSERT INTO meta (key, value) VALUES ('a', '1')"));
    assert.equal((await store.get<{ value: string }>("SELECT value FROM meta WHERE key = 'a'"))?.value, '1');
  } finally {
    other.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
