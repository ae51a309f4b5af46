// The one-line messages for conditions of the store file (issue 17.7): a read-only, unopenable, full or damaged
// --db is the user's situation, never "internal error … This is a bug".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeFailure } from './failures.js';

test('a write into a read-only store names the --db path and what to do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-failures-'));
  try {
    const path = join(dir, 'corpus.sqlite');
    new Database(path).exec('CREATE TABLE t (x)').close();
    const db = new Database(path, { readonly: true });
    let thrown: unknown;
    try {
      db.exec('INSERT INTO t VALUES (1)'); // the same SqliteError a read-only file gives ingest
    } catch (error) {
      thrown = error;
    } finally {
      db.close();
    }
    assert.equal((thrown as { code?: string }).code, 'SQLITE_READONLY');
    const line = describeFailure('ingest', thrown, path);
    assert.equal(line, `The store "${path}" cannot be written (a read-only file or folder). Check its permissions, or give another --db path.`);
    assert.doesNotMatch(line, /internal error|bug/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('other SQLite conditions of the file get their own line; extended codes by their primary code', () => {
  const error = (code: string) => Object.assign(new Error('x'), { code });
  assert.match(describeFailure('ingest', error('SQLITE_FULL'), 'c.sqlite'), /^No space left on the device while writing the store "c\.sqlite"/);
  assert.match(describeFailure('ingest', error('SQLITE_CORRUPT'), 'c.sqlite'), /"c\.sqlite" is damaged/);
  assert.match(describeFailure('ingest', error('SQLITE_READONLY_DBMOVED'), 'c.sqlite'), /cannot be written/);
  assert.match(describeFailure('ingest', error('SQLITE_CANTOPEN'), 'c.sqlite'), /folder exists and this user may write in it/);
  // without a store path the command is named, as before
  assert.match(describeFailure('ingest', error('SQLITE_FULL')), /"ingest"/);
  // anything else is still a bug, and says so
  assert.match(describeFailure('ingest', error('SQLITE_MISUSE'), 'c.sqlite'), /internal error .*This is a bug/);
});
