// The CLI where the optional packages are missing (src/hide-packages.mjs makes them unresolvable): analyze and
// file exports work; store commands say which package is missing and the npm command that installs it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPackage, missingPackageMessage } from './optional-packages.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
let article = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-optional-'));
  article = join(dir, 'bridge.txt');
  writeFileSync(article, 'Bridge to reopen\n\nThe mayor, Lena Berg, said the bridge will reopen in May. Critics say the repairs cost far too much money.\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function withoutPackages(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  return hiding('', ...args);
}

/** The CLI with `hidden` (comma-separated; '' for every optional package) made unresolvable. */
function hiding(hidden: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './src/hide-packages.mjs', 'src/cli/dev.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CLAIMTRAIL_DEBUG: '', CLAIMTRAIL_HIDE_PACKAGES: hidden } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('missingPackage: only a missing optional package, from Node\'s own message', () => {
  const error = (message: string, code = 'ERR_MODULE_NOT_FOUND') => Object.assign(new Error(message), { code });
  assert.equal(missingPackage(error("Cannot find package 'better-sqlite3' imported from /x/open.js")), 'better-sqlite3');
  assert.equal(missingPackage(error("Cannot find package '@hono/node-server' imported from /x/server.js")), '@hono/node-server');
  assert.equal(missingPackage(error("Cannot find package 'yaml' imported from /x/y.js")), null, 'a required dependency is a broken install, not this');
  assert.equal(missingPackage(error("Cannot find package 'pg' imported from /x", 'ENOENT')), null);
  assert.equal(missingPackage('pg'), null);
  assert.match(missingPackageMessage('jobs', 'graphile-worker'), /npm install graphile-worker pg$/);
});

test('analyze runs without them', () => {
  const r = withoutPackages('analyze', article, '--format', 'json');
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout) as { layers: { quotes: unknown[] } };
  assert.ok(doc.layers.quotes.length >= 1);
});

test('export of a file runs without them', () => {
  const r = withoutPackages('export', article, '--format', 'csv');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^doc_id,/);
});

test('ingest names better-sqlite3 and the npm command, and writes nothing', () => {
  const db = join(dir, 'corpus.sqlite');
  const r = withoutPackages('ingest', article, '--db', db);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /claimtrail ingest: this command needs the package better-sqlite3, for the SQLite corpus store .* Install it with: npm install better-sqlite3\n$/);
  assert.ok(!r.stderr.includes('    at '), 'no stack trace');
  assert.ok(!existsSync(db));
});

test('a PostgreSQL-only install (no better-sqlite3): ingest and search a postgres:// store; a SQLite path names the package', async (t) => {
  const { createTestDatabase } = await import('../store/postgres/test-db.js');
  const pg = await createTestDatabase();
  if ('skip' in pg) return t.skip(pg.skip);
  try {
    const ingest = hiding('better-sqlite3', 'ingest', article, '--db', pg.url);
    assert.equal(ingest.code, 0, ingest.stderr);
    const search = hiding('better-sqlite3', 'search', 'bridge', '--db', pg.url);
    assert.equal(search.code, 0, search.stderr);
    assert.equal((JSON.parse(search.stdout) as { hits: unknown[] }).hits.length, 1);
    const sqlite = hiding('better-sqlite3', 'search', 'bridge', '--db', join(dir, 'other.sqlite'));
    assert.equal(sqlite.code, 1);
    assert.match(sqlite.stderr, /needs the package better-sqlite3/);
  } finally {
    await pg.drop();
  }
});
