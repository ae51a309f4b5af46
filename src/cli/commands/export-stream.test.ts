// `export --all` is streamed page by page (CSV, JSON Lines, Parquet, STIX, MISP, ClaimReview): the bytes must equal the
// in-memory exporter's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';
import { exportDocuments } from '../../export/index.js';
import { TABLE_KINDS } from '../../export/tables.js';
import { loadDocuments } from '../../server/documents.js';
import { main } from '../main.js';
import { streamAllJson, streamAllRows } from './export-stream.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-export-stream-'));
const path = join(dir, 'corpus.db');
let expected: { csv: string; jsonl: string; parquet: Uint8Array; count: number };
test.before(async () => {
  const store = await storeFixtureCorpus(path);
  const ids = (await store.all<{ id: number }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id);
  const docs = await loadDocuments(store, ids);
  await store.close();
  expected = { csv: exportDocuments('csv', docs).body as string, jsonl: exportDocuments('jsonl', docs).body as string, parquet: exportDocuments('parquet', docs).body as Uint8Array, count: docs.length };
});
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with stderr captured; asserts it exits 0 and returns what it wrote to stderr. */
async function exportQuietly(args: string[]): Promise<string[]> {
  const err: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((s: string) => (err.push(s), true)) as typeof process.stderr.write;
  try {
    assert.equal(await main(args), 0, err.join(''));
  } finally {
    process.stderr.write = write;
  }
  return err;
}

async function streamed(format: 'csv' | 'jsonl', page: number): Promise<{ text: string; written: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const written = await streamAllRows(path, { format, kinds: TABLE_KINDS, formulaGuard: true, page }, out);
  return { text: Buffer.concat(chunks).toString('utf8'), written };
}

test('pages of 2 documents join into the same CSV (one header) and JSON Lines as the in-memory export', async () => {
  assert.ok(expected.count > 3, 'the fixture corpus spans several pages');
  const csv = await streamed('csv', 2);
  assert.equal(csv.written, expected.count);
  assert.equal(csv.text, expected.csv);
  assert.equal((csv.text.match(/^doc_id,/gm) ?? []).length, 1);
  assert.equal((await streamed('jsonl', 2)).text, expected.jsonl);
});

test('export --all --out FILE writes the streamed file in place', async () => {
  const file = join(dir, 'all.jsonl');
  await exportQuietly(['export', '--db', path, '--all', '--format', 'jsonl', '--out', file]);
  assert.equal(readFileSync(file, 'utf8'), expected.jsonl);
});

test('export --all --format parquet streams the same bytes as the in-memory file', async () => {
  const file = join(dir, 'all.parquet');
  await exportQuietly(['export', '--db', path, '--all', '--format', 'parquet', '--out', file]);
  assert.deepEqual(readFileSync(file), Buffer.from(expected.parquet));
});

test('STIX, MISP and ClaimReview of the whole store, streamed in pages of 2, equal the in-memory export (MISP and ClaimReview byte for byte)', async () => {
  const { openCorpus } = await import('../../corpus/open.js');
  const { storeExportContext } = await import('../../corpus/views/first-appearances.js');
  const { validateStixBundle } = await import('../../export/stix-schema/validate.js');
  const store = await openCorpus(path);
  const ids = (await store.all<{ id: number }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id);
  const docs = await loadDocuments(store, ids);
  const context = { ...(await storeExportContext(store, ids)), scope: 'all' };
  await store.close();
  for (const format of ['stix', 'misp', 'claimreview'] as const) {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const gaps: string[] = [];
    const written = await streamAllJson(path, format, { scope: 'all' }, out, (g) => gaps.push(...g), 2);
    const text = Buffer.concat(chunks).toString('utf8');
    const memory = exportDocuments(format, docs, context);
    assert.equal(written, docs.length);
    assert.deepEqual(gaps, memory.gaps, format);
    if (format === 'stix') {
      const bundle = JSON.parse(text) as { id: string; objects: Array<{ type: string }> };
      assert.deepEqual(bundle, JSON.parse(memory.body as string), 'the same bundle, id included');
      assert.ok(bundle.objects.some((o) => o.type === 'identity' && bundle.objects.filter((p) => p === o).length === 1));
      assert.deepEqual(validateStixBundle(bundle), []);
    } else assert.equal(text, memory.body, format);
  }
});

test('export --all --format misp writes the streamed store and one gap summary line', async () => {
  const file = join(dir, 'all.misp.json');
  const err = await exportQuietly(['export', '--db', path, '--all', '--format', 'misp', '--out', file]);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { response: unknown[] };
  assert.equal(parsed.response.length, expected.count);
  assert.ok(err.length <= 1 && err.every((l) => l.startsWith('claimtrail export: ')), err.join(''));
});
