// analyze's per-input limits (issue 16): the time limit and the text cap, through the command in a child process
// (capturing this process's stdout for that long would swallow the test runner's own report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../test-helpers.js';
import { analyzeCommand } from './analyze.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-analyze-limits-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const PARA = 'The envoy said in an interview that the rivals had armed the militia, a claim the ministry denied.';

test('an input over --time-limit is stopped with a line naming it; the next input is still analysed', async () => {
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  const long = Array.from({ length: 60 }, (_, k) => `${PARA} Paragraph ${k}.`).join('\n\n');
  writeFileSync(a, long);
  writeFileSync(b, long);
  // 0.001 s: no pipeline analyses 60 paragraphs that fast, so the first input is stopped; the rest goes on.
  const r = runCli('analyze', a, b, '--time-limit', '0.001', '--format', 'jsonl');
  assert.equal(r.code, 1);
  assert.match(r.stderr, /"[^"]*a\.txt" took over 1 ms to analyse and was stopped\. Raise the limit with --time-limit/);
  assert.match(r.stderr, /b\.txt" took over 1 ms/);
  assert.match(r.stderr, /analysed 0 of 2 inputs/);
});

test('--max-chars cuts a long text with a warning on the document; bad values are usage errors', async () => {
  const long = join(dir, 'long.txt');
  writeFileSync(long, Array.from({ length: 40 }, (_, i) => `${i}. ${PARA}`).join('\n\n'));
  const out = join(dir, 'long.json');
  const r = runCli('analyze', long, '--max-chars', '1000', '--language', 'en', '--out', out);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { text: string; messages: { ruleId: string }[] };
  assert.ok(doc.text.length <= 1000);
  assert.ok(doc.messages.some((m) => m.ruleId === 'text-truncated'));
  await assert.rejects(() => analyzeCommand([long, '--max-chars', 'lots']), /--max-chars must be a positive whole number/);
  await assert.rejects(() => analyzeCommand([long, '--time-limit=-1']), /--time-limit must be a number of seconds/);
});
