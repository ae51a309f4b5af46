// Per-item limits of the batch ingest: the time limit, and failures that are the item's fault being recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../store/index.js';
import { classifyFailure, timeoutFailure } from './failure.js';
import { ingestCorpus } from './ingest.js';
import { TimedAnalyzer } from './timed-analyzer.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-limits-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = 'The envoy said in an interview that the rivals had armed the militia, a claim the ministry denied.';

test('a RangeError (call stack, string length) is the input\'s fault: recorded, not retried forever', () => {
  const stack = classifyFailure('deep.html', new RangeError('Maximum call stack size exceeded'));
  assert.equal(stack.input, true);
  assert.match(stack.error, /^"deep\.html" could not be read: Maximum call stack size exceeded\./);
  const bug = classifyFailure('a.html', new TypeError('x is undefined'));
  assert.equal(bug.input, false);
  assert.match(bug.error, /internal error/);
});

test('a time-out names the input and the limit, and is the input\'s fault', () => {
  const t = timeoutFailure('big.html', 120_000);
  assert.equal(t.input, true);
  assert.match(t.error, /^"big\.html" took over 120 s to analyse and was stopped\. Raise the limit with --time-limit/);
});

test('items over the time limit fail with INPUT_TIMEOUT, are recorded as done, and the run goes on', async () => {
  // A 1 ms limit: no pipeline analyses 60 paragraphs that fast, so every item (the ones queued behind too) is stopped.
  const input = join(dir, 'three.jsonl');
  const text = (i: number) => Array.from({ length: 60 }, (_, k) => `${ARTICLE} Item ${i}, paragraph ${k}.`).join('\n\n');
  writeFileSync(input, [1, 2, 3].map((i) => JSON.stringify({ text: text(i), url: `https://a.example/${i}` })).join('\n'));
  const store = await openStore(join(dir, 'timeout.db'));
  try {
    const summary = await ingestCorpus({ store, paths: [input], workers: 1, timeLimitMs: 1 });
    assert.equal(summary.failed, 3);
    assert.equal(summary.stored, 0);
    assert.equal(summary.problemLines.length, 3);
    for (const line of summary.problemLines) assert.match(line, /three\.jsonl:\d" took over 1 ms to analyse and was stopped/);
    const rows = await store.all<{ status: string }>('SELECT status FROM sources');
    assert.deepEqual(rows.map((r) => r.status), ['failed', 'failed', 'failed']);
    // Recorded as done: a second run does not try them again.
    const again = await ingestCorpus({ store, paths: [input], workers: 1, timeLimitMs: 1 });
    assert.equal(again.skipped, 3);
    assert.equal(again.failed, 0);
  } finally {
    await store.close();
  }
});

test('issue 16: 100,000 nested <div>s are read (nesting capped, a warning) by analyze and ingest; ingest records the page as done', async () => {
  const page = join(dir, 'nested.html');
  writeFileSync(page, `<html><head><title>Deep</title></head><body>${'<div>'.repeat(100_000)}<p>${ARTICLE}</p>${'</div>'.repeat(100_000)}</body></html>`);
  // analyze: the CLI's own path (a worker thread under the time limit)
  const analyzer = new TimedAnalyzer({}, 120_000);
  try {
    const doc = await analyzer.analyze(page, readFileSync(page));
    assert.ok(doc.text.includes('the rivals had armed the militia'));
    assert.ok(doc.messages.some((m) => /nest/i.test(m.ruleId)), doc.messages.map((m) => m.ruleId).join(', '));
  } finally {
    await analyzer.close();
  }
  // ingest: stored once, and a second run skips it as done (never retried)
  const store = await openStore(join(dir, 'nested.db'));
  try {
    const first = await ingestCorpus({ store, paths: [page], workers: 1 });
    assert.equal(first.stored, 1, first.problemLines.join('\n'));
    assert.deepEqual((await store.all<{ status: string }>('SELECT status FROM sources')).map((r) => r.status), ['stored']);
    const again = await ingestCorpus({ store, paths: [page], workers: 1 });
    assert.equal(again.skipped, 1);
    assert.equal(again.stored + again.failed, 0);
  } finally {
    await store.close();
  }
});
