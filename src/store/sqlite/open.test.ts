// A store this user may not write, opened for writing (ingest, serve), is refused at open with one line naming the
// file and what to do, instead of SQLite opening it read-only without a word and the first write failing later.
// Root writes any file whatever its mode, so as root the open runs in a child process as the user nobody.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../index.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Opens `path` with `options` as a user without write rights; the error's message, or "opened". */
function openAsOther(path: string, options: { readonly?: boolean }): string {
  const engine = new URL('./engine.ts', import.meta.url).pathname;
  const script = `const { SqliteStore } = await import(${JSON.stringify(engine)});
try { const s = SqliteStore.open(${JSON.stringify(path)}, ${JSON.stringify(options)}); await s.get('SELECT count(*) AS n FROM documents'); await s.close(); console.log('opened'); }
catch (e) { console.log(e.message); }`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
    encoding: 'utf8',
    ...(asRoot ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: tmpdir() } } : {}),
  }).trim();
}

async function withStore(fn: (dir: string, path: string) => void | Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-readonly-'));
  const path = join(dir, 'corpus.db');
  try {
    await (await openStore(path)).close();
    chmodSync(dir, 0o755);
    await fn(dir, path);
  } finally {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a read-only store file opened for writing is refused at open, naming the file and what to do', async () => {
  await withStore((dir, path) => {
    chmodSync(path, 0o444);
    if (asRoot) chownSync(dir, NOBODY, NOBODY); // the folder is the other user's: only the file is read-only
    const message = openAsOther(path, {});
    assert.equal(message, `Cannot open "${path}": this user may not write it or its folder (SQLite keeps its -wal and -shm files beside it). Check the permissions of both, or copy the store to a folder you may write in and give that --db path`);
  });
});

test('a writable store file in a folder this user may not write is refused at open too', async () => {
  await withStore((dir, path) => {
    chmodSync(path, 0o666);
    if (!asRoot) chmodSync(dir, 0o555);
    assert.match(openAsOther(path, {}), new RegExp(`^Cannot open "${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": this user may not write it or its folder`));
  });
});

test('a store in a folder this user may not write, opened to read (the views), names the folder as the cause', async () => {
  await withStore((dir, path) => {
    chmodSync(path, 0o444);
    if (!asRoot) chmodSync(dir, 0o555);
    assert.match(openAsOther(path, { readonly: true }), /^Cannot open ".*corpus\.db": SQLite must create its -shm file beside this store even to read it, and this user may not write its folder\./);
  });
});
