import { test } from 'node:test';
import assert from 'node:assert/strict';
// hyparquet is hyparquet-writer's own dependency (same project): a reader to check what we wrote.
import { parquetReadObjects } from 'hyparquet';
import { exportDocuments } from './index.js';
import { tableRows } from './tables.js';
import { testDoc } from './test-doc.js';

test('parquet holds the same rows as the tables, with typed offsets and scores', async () => {
  const doc = testDoc({ url: null });
  const out = exportDocuments('parquet', [doc]);
  assert.ok(out.body instanceof Uint8Array);
  assert.equal(Buffer.from(out.body.subarray(0, 4)).toString(), 'PAR1');
  const bytes = out.body;
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const read = (await parquetReadObjects({ file })) as Array<Record<string, unknown>>;
  const rows = tableRows([doc]);
  assert.equal(read.length, rows.length);
  assert.deepEqual(read[3], { ...rows[3] });
  assert.equal(read[0].url, null);
  const again = exportDocuments('parquet', [doc]).body;
  assert.deepEqual(again, out.body, 'the same analysis gives the same bytes');
});

test('an empty parquet export is a valid file with the columns and no rows', async () => {
  const out = exportDocuments('parquet', []);
  const bytes = out.body as Uint8Array;
  const read = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  assert.equal(read.length, 0);
  assert.deepEqual(out.gaps, ['Empty export: no documents.']);
});

test('streamed parquet (a row group at a time) is byte for byte the in-memory file, empty, small and over a row group', async () => {
  const { streamParquet, toParquet } = await import('./parquet.js');
  const one = tableRows([testDoc({ url: null })]);
  const many = Array.from({ length: Math.ceil(20_050 / one.length) }, () => one).flat();
  for (const rows of [[], one, many]) {
    const chunks: Uint8Array[] = [];
    await streamParquet(
      (async function* () {
        yield* rows;
      })(),
      async (b) => void chunks.push(b),
    );
    assert.deepEqual(Buffer.concat(chunks), Buffer.from(toParquet(rows)), `${rows.length} rows`);
    if (rows === many) assert.ok(chunks.length >= 3, 'written in pieces (header, two row groups, footer)');
  }
});
