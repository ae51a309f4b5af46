// `claimtrail export --db S --all` (or the selector `all`): every stored document, in each table format and STIX.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-export-all-'));
const path = join(dir, 'corpus.db');
let stored = 0;
test.before(async () => {
  const store = await storeFixtureCorpus(path);
  stored = (await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n ?? 0;
  await store.close();
});
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const [write, ewrite] = [process.stdout.write, process.stderr.write];
  // Commands load on demand (an await in main), so node:test's own binary reports may be written meanwhile: those pass through.
  process.stdout.write = ((s: string | Uint8Array) => (typeof s === 'string' ? (out.push(s), true) : write.call(process.stdout, s))) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => (typeof s === 'string' ? (err.push(s), true) : ewrite.call(process.stderr, s))) as typeof process.stderr.write;
  try {
    return { code: await main(args), out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = write;
    process.stderr.write = ewrite;
  }
}

test('--all: one document row per stored document (jsonl, csv), one report per document (stix); `all` says the same', async () => {
  assert.ok(stored > 3);
  const jsonl = await run('export', '--db', path, '--all', '--format', 'jsonl', '--kinds', 'document', '--quiet');
  assert.equal(jsonl.code, 0, jsonl.err);
  assert.equal(jsonl.out.trim().split('\n').length, stored);
  const selector = await run('export', 'all', '--db', path, '--format', 'jsonl', '--kinds', 'document', '--quiet');
  assert.equal(selector.out, jsonl.out);
  const csv = await run('export', '--db', path, '--all', '--format', 'csv', '--kinds', 'document', '--quiet');
  assert.equal(csv.code, 0, csv.err);
  assert.equal(csv.out.trim().split(/\r?\n/).length, stored + 1, 'header and one row each');
  const stix = await run('export', '--db', path, '--all', '--format', 'stix', '--quiet');
  assert.equal(stix.code, 0, stix.err);
  const bundle = JSON.parse(stix.out) as { objects: { type: string }[] };
  assert.equal(bundle.objects.filter((o) => o.type === 'report').length, stored);
});

test('--all needs --db and nothing else to select', async () => {
  assert.match((await run('export', '--all', '--format', 'jsonl')).err, /--all exports every document of the --db store/);
  assert.match((await run('export', '7', '--db', path, '--all', '--format', 'jsonl')).err, /--all exports every document/);
});
