// `claimtrail delete`: ids or --source, the one-line errors (unknown id, no --db, both or neither), and the store after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';
import { openStore } from '../../store/index.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-delete-cli-'));
const path = join(dir, 'corpus.db');
test.before(async () => (await storeFixtureCorpus(path)).close());
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
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

async function ids(): Promise<number[]> {
  const store = await openStore(path, { mustExist: true });
  try {
    return (await store.all<{ id: number }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id);
  } finally {
    await store.close();
  }
}

test('delete <ids>: deletes them and says so; an unknown id deletes nothing and names it', async () => {
  const [a, b] = await ids();
  const unknown = await run(['delete', String(a), '999999', '--db', path]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /There is no document 999999 in .*corpus\.db: nothing was deleted/);
  assert.equal((await ids())[0], a);
  const ok = await run(['delete', String(a), String(b), '--db', path]);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, new RegExp(`^Deleted 2 documents \\(${a}, ${b}\\) and \\d+ ingest records? from `));
  assert.ok(!(await ids()).includes(a));
});

test('delete --source: every document of the input; usage errors are one line', async () => {
  const before = (await ids()).length;
  const ok = await run(['delete', '--source', 'articles.jsonl:5', '--db', path]);
  assert.equal(ok.code, 0, ok.err);
  assert.equal((await ids()).length, before - 1);
  assert.match((await run(['delete', '--source', 'articles.jsonl:5', '--db', path])).err, /No input "articles\.jsonl:5" was ingested/);
  assert.match((await run(['delete', '7'])).err, /--db/);
  assert.match((await run(['delete', '--db', path])).err, /document ids or --source/);
  assert.match((await run(['delete', '../x', '--db', path])).err, /"\.\.\/x" is not a document id/);
  assert.match((await run(['delete', '1', '--db', join(dir, 'missing.db')])).err, /missing\.db/);
  assert.ok(!(await run(['delete', '1', '--db', join(dir, 'missing.db')])).err.includes('    at '), 'no stack trace');
});
