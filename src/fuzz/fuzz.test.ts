// The short fixed-seed fuzz run inside npm test (the long one is `npm run fuzz`): hostile pages must give an
// analysed document or a clear INPUT_* refusal, never a crash; the generator must cover every mutation; and the
// runner's own rules hold: one warm thread, a stopped page replayed alone, a hang judged on the replay's CPU time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ItemAnalyzer } from '../corpus/ingest/analyze-item.js';
import type { Doc } from '../core/types.js';
import { checkPage } from './check-page.js';
import { encodeLegacy, fuzzPage } from './pages.js';
import { judgeReplay, runFuzz } from './run.js';
import { BIG_KINDS, MAX_BIG_MB, bigPage, bigPageKind } from './big-pages.js';
import { FuzzThread } from './fuzz-thread.js';
import { ANALYSIS_OLD_SPACE_MB } from '../corpus/ingest/heap-limit.js';

test('300 fuzz pages (seed 16) are read and extracted with no crash and no hang', async () => {
  const stats = await runFuzz({ seed: 16, pages: 300, mode: 'inline', depth: 'read' });
  assert.deepEqual(stats.crashes, []);
  assert.deepEqual(stats.hangs, []);
  assert.equal(stats.pages, 300);
  for (const code of Object.keys(stats.refused)) assert.match(code, /^INPUT_/);
  assert.ok(stats.analysed > 150, `analysed ${stats.analysed}`);
});

test('20 fuzz pages (seed 14) go through the whole pipeline and the store rows with no crash', async () => {
  const stats = await runFuzz({ seed: 14, pages: 20, mode: 'inline' });
  assert.deepEqual(stats.crashes, []);
  assert.deepEqual(stats.hangs, []);
  assert.ok(stats.analysed > 8, `analysed ${stats.analysed}`);
});

test('the generator is deterministic and covers every mutation kind', () => {
  assert.deepEqual(fuzzPage(3, 7).bytes, fuzzPage(3, 7).bytes);
  const kinds = new Set<string>();
  for (let i = 0; i < 1200; i++) kinds.add(fuzzPage(16, i).kind);
  for (const k of ['clean', 'byte-flips', 'truncated', 'tag-soup', 'deep-nesting', 'deep-unclosed', 'invalid-utf8', 'utf16-bom', 'legacy-charset', 'legacy-no-charset', 'binary', 'empty', 'text', 'entity-storm', 'one-line']) {
    assert.ok(kinds.has(k), k);
  }
});

test('pages in the warm thread: one thread serves them all, with the same outcomes as inline', { timeout: 120_000 }, async () => {
  const [threaded, inline] = [await runFuzz({ seed: 16, pages: 12, mode: 'thread', depth: 'read' }), await runFuzz({ seed: 16, pages: 12, mode: 'inline', depth: 'read' })];
  assert.equal(threaded.threads, 1);
  assert.equal(threaded.pages, 12);
  assert.deepEqual([threaded.analysed, threaded.refused, threaded.kinds, threaded.crashes], [inline.analysed, inline.refused, inline.kinds, inline.crashes]);
});

test('the fuzz thread runs under the heap limit of ingest\'s analysis threads (without it a run of big pages grew to 1 GB)', { timeout: 120_000 }, async () => {
  const thread = new FuzzThread('read');
  try {
    const answer = await thread.run({ seed: 16, index: 0, big: false }, 60_000);
    assert.ok('done' in answer);
    // heap_size_limit is the old space plus the young: over the old-space limit, far under V8's default (2 GB and more here).
    assert.ok(thread.heapLimitMb >= ANALYSIS_OLD_SPACE_MB && thread.heapLimitMb <= ANALYSIS_OLD_SPACE_MB + 128, `${thread.heapLimitMb} MB`);
  } finally {
    await thread.close();
  }
});

test('big pages for the memory runs: every kind comes up, sizes from --min-size to 19 MB, the same page for the same seed', () => {
  const kinds = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const { kind, size } = bigPageKind(16, i, 4);
    kinds.add(kind);
    assert.ok(size >= 4 * 1024 * 1024 && size <= MAX_BIG_MB * 1024 * 1024, `${size}`);
  }
  assert.deepEqual([...kinds].sort(), [...BIG_KINDS].sort());
  const index = [...Array(3000).keys()].find((i) => bigPageKind(16, i, 1).kind === 'big-tiny-elements' && bigPageKind(16, i, 1).size === 1024 * 1024);
  assert.ok(index !== undefined);
  const page = bigPage(16, index, 1);
  assert.equal(page.kind, 'big-tiny-elements');
  assert.ok(Math.abs(page.bytes.length - 1024 * 1024) < 100_000, `${page.bytes.length} bytes`);
  assert.deepEqual(page.bytes, bigPage(16, index, 1).bytes);
});

test('encodeLegacy: one byte per code point (a character the set lacks, even outside the BMP, is one "?")', () => {
  assert.deepEqual([...encodeLegacy('Да x😀', 'windows-1251')], [0xc4, 0xe0, 0x20, 0x78, 0x3f]);
  assert.equal(encodeLegacy('Ж'.repeat(100_000), 'windows-1251').length, 100_000);
});

test('a page stopped at the limit is replayed alone on a fresh thread, and counted a hang when the replay is stopped too', { timeout: 120_000 }, async () => {
  // 1 ms of CPU, 6 ms of wall time: every page is stopped, and its replay too.
  const stats = await runFuzz({ seed: 16, pages: 1, from: 3, mode: 'thread', depth: 'read', hangMs: 1 });
  assert.equal(stats.slow.length, 1);
  assert.equal(stats.hangs.length, 1);
  assert.match(stats.hangs[0].detail, /stopped at .* wall, .* CPU; replay alone stopped too at/);
  assert.equal(stats.threads, 2, 'the first thread, then a fresh one for the replay');
  assert.equal(stats.pages, 1);
});

test('a replay under the limit of CPU time is not a hang, whatever the wall time: its outcome counts', () => {
  const stopped = { wallMs: 60_002, cpuMs: 3_000 }; // at the cap of wall time, on a loaded machine
  const report = { seq: 1, id: '16:5', kind: 'clean' as const, bytes: 900, outcome: { result: 'analysed' as const }, wallMs: 14_000, cpuMs: 1_800 };
  const counted = judgeReplay(stopped, { done: report }, 10_000);
  assert.equal(counted.result, 'counted');
  assert.match(counted.detail, /stopped at 60\.0 s wall, 3\.0 s CPU; replay alone 14\.0 s wall, 1\.8 s CPU/);
  assert.equal(judgeReplay(stopped, { done: { ...report, cpuMs: 10_500 } }, 10_000).result, 'hang');
  assert.equal(judgeReplay(stopped, { stopped: { wallMs: 60_000, cpuMs: 2_000 } }, 10_000).result, 'hang');
  const died = judgeReplay(stopped, { died: 'the thread exited with code 1' }, 10_000);
  assert.deepEqual([died.result, died.result === 'crash' && died.crash], ['crash', 'the thread exited with code 1']);
});

test('checkPage: a clear refusal names its code, a RangeError is INPUT_TOO_COMPLEX as ingest records it, anything else is a crash', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const reader = new ItemAnalyzer();
  assert.deepEqual(checkPage(reader, 'blank.html', bytes('  \n'), 'read'), { result: 'refused', code: 'INPUT_EMPTY' });
  assert.deepEqual(checkPage(reader, 'note.txt', bytes('The council met on Tuesday. It approved the budget for the new bridge over the river.'), 'read'), { result: 'analysed' });
  class Throws extends ItemAnalyzer {
    constructor(private readonly error: Error) {
      super();
    }
    override document(): Doc {
      throw this.error;
    }
  }
  assert.deepEqual(checkPage(new Throws(new RangeError('Maximum call stack size exceeded')), 'deep.html', bytes('<p>x'), 'read'), { result: 'refused', code: 'INPUT_TOO_COMPLEX' });
  const crash = checkPage(new Throws(new TypeError("Cannot read properties of undefined (reading 'start')")), 'bad.html', bytes('<p>x'), 'read');
  assert.equal(crash.result, 'crash');
  assert.match(crash.result === 'crash' ? crash.details[0] : '', /"bad\.html": internal error \(Cannot read properties of undefined/);
});
