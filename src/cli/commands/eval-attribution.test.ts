import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnn } from '../../stages/quotes/brat.js';
import { evalAttribution } from './eval-attribution.js';

async function quietly(run: () => Promise<number>): Promise<{ code: number; err: string }> {
  const write = process.stderr.write.bind(process.stderr);
  let err = '';
  process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
  try {
    return { code: await run(), err };
  } finally {
    process.stderr.write = write;
  }
}

test('eval attribution writes a PolNeAR .ann per text (headline quote with its colon cue); a binary file is named, exit 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attr-'));
  const out = join(dir, 'out');
  const text = 'Lena Berg: The bridge will stay closed until spring.\n\nThe transport minister Lena Berg said the repairs would take months.\n';
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'b.txt'), Buffer.from([0x41, 0x00, 0x42]));
  const { code, err } = await quietly(() => evalAttribution(['--articles', dir, '--out', out]));
  assert.equal(code, 1);
  assert.match(err, /b\.txt.*binary/);
  const attributions = parseAnn(readFileSync(join(out, 'a.ann'), 'utf8'), 'a.ann');
  const cut = (spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end)).join(' … ');
  assert.deepEqual(attributions.map((a) => [cut(a.Source), cut(a.Cue), cut(a.Content)]), [
    ['Lena Berg', ':', 'The bridge will stay closed until spring'],
    ['The transport minister Lena Berg', 'said', 'the repairs would take months'],
  ]);
});

test('eval attribution without both folders is a usage error', async () => {
  await assert.rejects(() => evalAttribution(['--articles', '.']), /--articles DIR --out DIR/);
});
