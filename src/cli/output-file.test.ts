// --out never destroys what the command did not write (issue 17.1, 17.7, 16: truncation on failure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './test-helpers.js';
import { checkOutputPath, writeOutputFile } from './output-file.js';

let dir = '';
const ARTICLE = 'Port reopens after storm\n\nThe harbour authority said on Friday that the port had reopened after three days.\n';
const SQLITE_HEADER = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)]);

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-out-'));
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('analyze --out onto a SQLite store is refused and the store is unchanged', () => {
  const store = join(dir, 'corpus.sqlite');
  writeFileSync(store, SQLITE_HEADER);
  const r = run('analyze', join(dir, 'a.txt'), '--format', 'json', '--out', store);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /corpus\.sqlite" is a database .*--force/);
  assert.deepEqual(readFileSync(store), SQLITE_HEADER);
});

test('analyze --out onto a file of the user (not our output) is refused; --force replaces it', () => {
  const notes = join(dir, 'notes.json');
  writeFileSync(notes, '{"my": "notes"}');
  const refused = run('analyze', join(dir, 'a.txt'), '--out', notes);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /not written by this command \(json\).*left untouched/);
  assert.equal(readFileSync(notes, 'utf8'), '{"my": "notes"}');
  const forced = run('analyze', join(dir, 'a.txt'), '--out', notes, '--force');
  assert.equal(forced.code, 0, forced.stderr);
  assert.ok((JSON.parse(readFileSync(notes, 'utf8')) as { layers: object }).layers);
});

test('analyze --out onto its own earlier output replaces it; a failed run leaves it whole and no temporary file behind', () => {
  const out = join(dir, 'own.json');
  assert.equal(run('analyze', join(dir, 'a.txt'), '--out', out).code, 0);
  const first = readFileSync(out, 'utf8');
  assert.equal(run('analyze', join(dir, 'a.txt'), '--out', out).code, 0);
  const failed = run('analyze', join(dir, 'missing.txt'), '--out', out);
  assert.equal(failed.code, 1);
  assert.equal(readFileSync(out, 'utf8'), first, 'the earlier output is kept, not truncated');
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('export --out onto the --db store it reads is refused even with --force', () => {
  const store = join(dir, 'store.sqlite');
  assert.equal(run('ingest', join(dir, 'a.txt'), '--db', store).code, 0);
  const before = readFileSync(store);
  const r = run('export', '1', '--db', store, '--format', 'csv', '--out', store, '--force');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /is the store this command reads/);
  assert.deepEqual(readFileSync(store), before);
});

test('user mistakes with paths get the usual one-line error, not "internal error"', () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  const db = run('ingest', join(dir, 'a.txt'), '--db', folder);
  assert.notEqual(db.code, 0);
  assert.doesNotMatch(db.stderr, /internal error/);
  assert.match(db.stderr, /a-folder" is not a claimtrail store \(a folder/);
  const out = run('analyze', join(dir, 'a.txt'), '--format', 'html', '--out', folder);
  assert.equal(out.code, 2);
  assert.doesNotMatch(out.stderr, /internal error/);
  assert.match(out.stderr, /is a folder/);
  const existingHtml = join(dir, 'page.html');
  writeFileSync(existingHtml, '<html><body>mine</body></html>');
  const html = run('analyze', join(dir, 'a.txt'), join(dir, 'a.txt'), '--format', 'html', '--out', existingHtml);
  assert.equal(html.code, 2);
  assert.doesNotMatch(html.stderr, /internal error/);
  assert.equal(readFileSync(existingHtml, 'utf8'), '<html><body>mine</body></html>');
});

test('checkOutputPath: a missing file is fine, each kind recognises its own output', () => {
  assert.doesNotThrow(() => checkOutputPath(join(dir, 'nothing-here.csv'), { kind: 'csv' }));
  const csv = join(dir, 'rows.csv');
  writeOutputFile(csv, 'doc_id,kind,id,start,end\nx,document,x,0,1\n', { kind: 'csv' });
  assert.doesNotThrow(() => checkOutputPath(csv, { kind: 'csv' }));
  assert.throws(() => checkOutputPath(csv, { kind: 'stix' }), /not written by this command \(stix\)/);
  assert.ok(!existsSync(`${csv}.tmp`));
});
