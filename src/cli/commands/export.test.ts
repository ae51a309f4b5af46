import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runCli as run } from '../test-helpers.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStixBundle } from '../../export/stix-schema/validate.js';

let dir = '';

const TEXT = 'Ferry fares rise again\n\nThe port director, Ana Lind, said on Monday that fares would rise by a tenth in spring.\n\n"The fuel bill leaves us no choice," Lind told the council.\n\nPassengers say the crossing is already the dearest on the coast.\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-export-'));
  writeFileSync(join(dir, 'ferry.txt'), TEXT);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('export --format stix writes a valid bundle to --out and states the gaps on stderr', () => {
  const out = join(dir, 'ferry.stix.json');
  const r = run('export', join(dir, 'ferry.txt'), '--format', 'stix', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  const bundle = JSON.parse(readFileSync(out, 'utf8')) as { objects: Array<{ type: string; created: string; published?: string }> };
  assert.deepEqual(validateStixBundle(bundle), []);
  // Issue 15: one summary line by default; the undated article's report carries the analysis time, not 1970.
  assert.equal(r.stderr.split('\n').filter((l) => l.startsWith('claimtrail export:')).length, 1, r.stderr);
  assert.match(r.stderr, /claimtrail export: \d+ gaps \(stated inside the output; --verbose lists them, --quiet hides this\): .*no URL/);
  const report = bundle.objects.find((o) => o.type === 'report');
  assert.ok(report && !report.created.startsWith('1970') && report.published === report.created);
});

test('issue 15: --verbose lists each gap, --quiet none, both together is a usage error', () => {
  const verbose = run('export', join(dir, 'ferry.txt'), '--format', 'misp', '--verbose');
  assert.equal(verbose.code, 0, verbose.stderr);
  assert.ok(verbose.stderr.split('\n').filter((l) => l.startsWith('claimtrail export: gap: ')).length > 2, verbose.stderr);
  const event = (JSON.parse(verbose.stdout) as { Event: { date: string; Orgc: { name: string } } }).Event;
  assert.ok(!event.date.startsWith('1970') && event.Orgc.name === 'claimtrail');
  const quiet = run('export', join(dir, 'ferry.txt'), '--format', 'claimreview', '--quiet');
  assert.equal(quiet.code, 0, quiet.stderr);
  assert.equal(quiet.stderr, '');
  assert.equal(run('export', join(dir, 'ferry.txt'), '--format', 'stix', '--quiet', '--verbose').code, 2);
});

test('every format writes to stdout; csv rows can be chosen', () => {
  for (const format of ['claimreview', 'misp', 'jsonl']) {
    const r = run('export', join(dir, 'ferry.txt'), '--format', format);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.ok(r.stdout.length > 0);
  }
  const csv = run('export', join(dir, 'ferry.txt'), '--format', 'csv', '--kinds', 'document,quote');
  assert.equal(csv.code, 0, csv.stderr);
  assert.ok(csv.stdout.split('\r\n').slice(1, -1).every((line) => /^[0-9a-f]{16},(document|quote),/.test(line)));
  const parquet = join(dir, 'ferry.parquet');
  assert.equal(run('export', join(dir, 'ferry.txt'), '--format', 'parquet').code, 2, 'binary needs --out');
  assert.equal(run('export', join(dir, 'ferry.txt'), '--format', 'parquet', '--out', parquet).code, 0);
  assert.equal(readFileSync(parquet).subarray(0, 4).toString(), 'PAR1');
});

test('usage errors exit 2; a missing file exits 1 with a valid empty export', () => {
  assert.equal(run('export', join(dir, 'ferry.txt'), '--format', 'pdf').code, 2);
  assert.equal(run('export', join(dir, 'ferry.txt')).code, 2);
  assert.equal(run('export', '--format', 'stix').code, 2);
  assert.equal(run('export', join(dir, 'ferry.txt'), '--format', 'csv', '--kinds', 'tweets').code, 2);
  assert.equal(run('export', join(dir, 'ferry.txt'), '--format', 'stix', '--min-score', '7').code, 2);
  const noStore = run('export', '1', '--format', 'stix', '--db', join(dir, 'x.db'));
  assert.equal(noStore.code, 1);
  assert.match(noStore.stderr, /x\.db/);
  const missing = run('export', join(dir, 'nope.txt'), '--format', 'stix');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.txt.*no such file/);
  assert.deepEqual(validateStixBundle(JSON.parse(missing.stdout)), []);
});

test('--db exports stored documents by id, narrative:ID or search:QUERY', () => {
  const db = join(dir, 'corpus.db');
  const ingest = run('ingest', join(dir, 'ferry.txt'), '--db', db);
  assert.equal(ingest.code, 0, ingest.stderr);
  const stix = run('export', '1', '--format', 'stix', '--db', db);
  assert.equal(stix.code, 0, stix.stderr);
  const bundle = JSON.parse(stix.stdout) as { objects: { type: string }[] };
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.equal(bundle.objects.filter((o) => o.type === 'report').length, 1);
  // Issue 15: a stored export gives firstAppearance, so no gap tells the user to use --db.
  const reviews = run('export', '1', '--format', 'claimreview', '--db', db, '--verbose');
  assert.equal(reviews.code, 0, reviews.stderr);
  assert.doesNotMatch(reviews.stderr, /--db/);
  const csv = run('export', 'search:fares', '--format', 'csv', '--db', db);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /The fuel bill leaves us no choice/);
  const none = run('export', 'narrative:no-such-narrative', '--format', 'jsonl', '--db', db);
  assert.equal(none.code, 0, none.stderr);
  const missing = run('export', '99', '--format', 'stix', '--db', db);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /There is no document 99/);
  assert.equal(run('export', 'whatever', '--format', 'stix', '--db', db).code, 2);
});
