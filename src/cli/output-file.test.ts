// --out never destroys what the command did not write (issue 17.1, 17.7, 16: truncation on failure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from './test-helpers.js';
import { checkOutputPath, openOutputStream, writeOutputFile } from './output-file.js';
import { reportNames } from './commands/analyze.js';

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

test('--out into a missing folder, or under a file, is a one-line usage error naming the folder (analyze, export)', () => {
  const missing = join(dir, 'no-such-folder', 'out.json');
  const analyze = run('analyze', join(dir, 'a.txt'), '--out', missing);
  assert.equal(analyze.code, 2, analyze.stderr);
  assert.match(analyze.stderr, /--out ".*no-such-folder\/out\.json": the folder .*no-such-folder does not exist\. Create it first/);
  assert.doesNotMatch(analyze.stderr, /internal error|node:events|\.tmp/);
  assert.equal(analyze.stderr.trim().split('\n').length, 1);
  const exported = run('export', join(dir, 'a.txt'), '--format', 'csv', '--out', join(dir, 'no-such-folder', 'out.csv'));
  assert.equal(exported.code, 2, exported.stderr);
  assert.match(exported.stderr, /no-such-folder does not exist/);
  assert.doesNotMatch(exported.stderr, /\.tmp/);
  assert.throws(() => checkOutputPath(join(dir, 'a.txt', 'out.json'), { kind: 'json' }), /a\.txt is a file, not a folder/);
  assert.ok(!existsSync(join(dir, 'no-such-folder')), 'no folder is created on a guess');
});

test('a write that fails half-way (a full disk) is reported under the --out path; the earlier output stays, no temporary file', async () => {
  const out = join(dir, 'disk-full.jsonl');
  writeFileSync(out, '{"kind":"earlier"}\n');
  const file = openOutputStream(out, { kind: 'jsonl' });
  file.stream.write('{"kind":"partial"');
  // what a full disk does to a write stream: an error event with ENOSPC (it crashed the process before)
  file.stream.destroy(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
  await assert.rejects(file.commit(), (error: NodeJS.ErrnoException) => error.code === 'ENOSPC' && error.path === out);
  assert.equal(readFileSync(out, 'utf8'), '{"kind":"earlier"}\n');
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('html reports of inputs with the same name in different folders get their own files', () => {
  const name = reportNames();
  assert.deepEqual(['a/index.html', 'b/index.html', 'c/INDEX.htm', 'story.txt.gz', 'b/index-2.html'].map(name), ['index.html', 'index-2.html', 'INDEX-3.html', 'story.html', 'index-2-2.html']);
});

test('--narratives given a folder is a usage error naming it, before anything is analysed (analyze, ingest)', () => {
  const folder = join(dir, 'catalogues');
  mkdirSync(folder, { recursive: true });
  const analyze = run('analyze', join(dir, 'a.txt'), '--narratives', folder);
  assert.equal(analyze.code, 2, analyze.stderr);
  assert.match(analyze.stderr, /--narratives ".*catalogues" is a folder\. Give a catalogue file/);
  const ingest = run('ingest', join(dir, 'a.txt'), '--db', join(dir, 'never.sqlite'), '--narratives', folder);
  assert.equal(ingest.code, 2, ingest.stderr);
  assert.match(ingest.stderr, /is a folder\. Give a catalogue file/);
  assert.ok(!existsSync(join(dir, 'never.sqlite')), 'no store is created');
});

test('--db in a missing folder, or on a file that is not SQLite, is one line naming it (ingest), nothing created', () => {
  const inMissing = run('ingest', join(dir, 'a.txt'), '--db', join(dir, 'no-such-folder', 'corpus.sqlite'));
  assert.equal(inMissing.code, 1);
  assert.match(inMissing.stderr, /^claimtrail: Cannot open ".*no-such-folder\/corpus\.sqlite": .*directory does not exist/);
  assert.equal(inMissing.stderr.trim().split('\n').length, 1);
  assert.ok(!existsSync(join(dir, 'no-such-folder')));
  const notes = join(dir, 'notes.db');
  writeFileSync(notes, 'my notes, not a database');
  const notSqlite = run('ingest', join(dir, 'a.txt'), '--db', notes);
  assert.equal(notSqlite.code, 1);
  assert.match(notSqlite.stderr, /notes\.db" is not a claimtrail store \(not an SQLite database\)/);
  assert.equal(readFileSync(notes, 'utf8'), 'my notes, not a database');
});
