import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalPtcSi, evalPtcTc } from './eval-ptc.js';

async function capture(run: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  let out = '';
  let err = '';
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((err += chunk), true)) as typeof process.stderr.write;
  try {
    return { code: await run(), out, err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptc-'));
  // An emoji before the spans: offsets must come out in code points, as the organisers count them.
  writeFileSync(join(dir, 'article111.txt'), 'Corrupt thugs 😀 ruin everything\n\nWhy would anyone still trust these so-called experts? The puppet regime lied again and again!\n');
  writeFileSync(join(dir, 'article222.txt'), Buffer.from([0x41, 0x00, 0x42]));
  return dir;
}

test('ptc-si: id, start, end in code points; a bad file is named and the exit code is 1', async () => {
  const dir = folder();
  const { code, out, err } = await capture(() => evalPtcSi(['--articles', dir]));
  assert.equal(code, 1);
  assert.match(err, /article222\.txt.*binary/);
  const lines = out.trim().split('\n').map((l) => l.split('\t'));
  assert.ok(lines.length > 0);
  const text = [...'Corrupt thugs 😀 ruin everything\n\nWhy would anyone still trust these so-called experts? The puppet regime lied again and again!\n'];
  for (const [id, s, e] of lines) {
    assert.equal(id, '111');
    assert.ok(Number(e) > Number(s) && Number(e) <= text.length);
  }
  assert.ok(lines.some(([, s, e]) => text.slice(Number(s), Number(e)).join('').includes('puppet regime')));
});

test('ptc-tc: one technique per template line, offsets echoed', async () => {
  const dir = folder();
  const template = join(dir, 'template.out');
  writeFileSync(template, '111\t?\t0\t13\n111\t?\t100\t113\n999\t?\t0\t4\n');
  const { code, out, err } = await capture(() => evalPtcTc(['--articles', dir, '--template', template]));
  assert.equal(code, 1);
  assert.match(err, /article999\.txt/);
  const lines = out.trim().split('\n').map((l) => l.split('\t'));
  assert.equal(lines.length, 2);
  assert.deepEqual(lines.map((l) => [l[0], l[2], l[3]]), [['111', '0', '13'], ['111', '100', '113']]);
  for (const l of lines) assert.match(l[1], /^[A-Z][\w,-]+$/);
});
