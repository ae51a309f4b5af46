import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAnn } from '../../stages/quotes/brat.js';
import { evalAttribution } from './eval-attribution.js';
import { evalExtraction } from './eval-extraction.js';

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

test('eval attribution --out: an earlier .ann is replaced, a note of the user under that name is kept (or --force), a file as --out is refused (issue 17.1)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attr-'));
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(join(dir, 'a.txt'), 'The mayor said the market would open on Sunday.\n');
  writeFileSync(join(dir, 'b.txt'), 'The coach said the team was ready.\n');
  writeFileSync(join(out, 'a.ann'), 'T1\tSource 0 9\tThe mayor\n'); // an earlier output
  writeFileSync(join(out, 'b.ann'), 'my notes on b\n'); // the user's own file
  const first = await quietly(() => evalAttribution(['--articles', dir, '--out', out]));
  assert.equal(first.code, 1);
  assert.match(first.err, /b\.ann" exists and was not written by this command.*--force/);
  assert.equal(readFileSync(join(out, 'b.ann'), 'utf8'), 'my notes on b\n');
  assert.match(readFileSync(join(out, 'a.ann'), 'utf8'), /\tsaid\n/);
  assert.equal((await quietly(() => evalAttribution(['--articles', dir, '--out', out, '--force']))).code, 0);
  assert.match(readFileSync(join(out, 'b.ann'), 'utf8'), /\tsaid\n/);
  await assert.rejects(() => evalAttribution(['--articles', dir, '--out', join(dir, 'a.txt')]), /a\.txt" is a file/);
});

test('eval extraction --out: a file of the user is refused before any page is read, an earlier output replaced (issue 17.1)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extr-'));
  writeFileSync(join(dir, 'p.html'), `<html><body><article><h1>Port reopens</h1><p>${'The harbour authority said on Friday that the port had reopened after three days of storms. '.repeat(4)}</p></article></body></html>`);
  const target = join(dir, 'mine.json');
  writeFileSync(target, '{"budget": 12}\n');
  await assert.rejects(() => evalExtraction(['--html', dir, '--out', target]), /mine\.json" exists and was not written by this command/);
  assert.equal(readFileSync(target, 'utf8'), '{"budget": 12}\n');
  const out = join(dir, 'out.json');
  assert.equal((await quietly(() => evalExtraction(['--html', dir, '--out', out]))).code, 0);
  assert.equal((await quietly(() => evalExtraction(['--html', dir, '--out', out]))).code, 0, 'its own earlier output is replaced');
  assert.match((JSON.parse(readFileSync(out, 'utf8')) as Record<string, { articleBody: string }>).p.articleBody, /harbour authority/);
});
