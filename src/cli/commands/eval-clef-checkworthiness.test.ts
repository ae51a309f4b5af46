import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capture } from '../test-helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalClefCheckworthiness } from './eval-clef-checkworthiness.js';

test('prints line_number<TAB>score for every line of a CLEF debate file', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'clef-')), 'debate.tsv');
  writeFileSync(file, '1\tHOLT\tGood evening, everyone.\t0\n2\tTRUMP\tWe lost 70,000 factories since 2001.\t1\n\n');
  const { code, out } = await capture(() => evalClefCheckworthiness(['--input', file]));
  assert.equal(code, 0);
  const rows = out.trim().split('\n').map((l) => l.split('\t'));
  assert.deepEqual(rows.map((r) => r[0]), ['1', '2']);
  assert.ok(Number(rows[1][1]) > Number(rows[0][1]));
});

test('a missing --input, a missing file and a malformed line are clear errors', async () => {
  await assert.rejects(() => evalClefCheckworthiness([]), /--input FILE\.tsv/);
  await assert.rejects(() => evalClefCheckworthiness(['--input', '/nonexistent/x.tsv']), /no such file/);
  const file = join(mkdtempSync(join(tmpdir(), 'clef-')), 'bad.tsv');
  writeFileSync(file, 'not a debate line\n');
  await assert.rejects(() => evalClefCheckworthiness(['--input', file]), /line 1 is not/);
});
