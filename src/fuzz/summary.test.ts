// Chunk summaries add up honestly: ranges merged and gaps named, overlapping chunks and chunks of another run refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzStats } from './run.js';
import { addUp, formatRanges, readSummary, writeSummary } from './summary.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fuzz-summary-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function chunk(name: string, from: number, pages: number, more: Partial<FuzzStats> = {}, planned = pages): string {
  const stats: FuzzStats = { seed: 16, from, pages, big: true, minMb: 0, depth: 'all', analysed: pages - 2, kinds: {}, refused: { INPUT_EMPTY: 2 }, crashes: [], slow: [], hangs: [], peakRssMb: 300, slowestCpuMs: 900, slowest: '', threads: 1, seconds: 10, cpuSeconds: 8, ...more };
  const path = join(dir, `${name}.json`);
  writeSummary(path, stats, planned, 10_000);
  return path;
}

const load = (...paths: string[]) => addUp(paths.map((path) => ({ path, summary: readSummary(path) })));

test('adjacent chunks merge into one range; totals add up; the peak is the largest', () => {
  const slow = [{ id: '16:150', kind: 'one-line', detail: 'stopped at 10.0 s wall; replay alone 2.0 s wall, 1.8 s CPU' }];
  const t = load(chunk('b', 100, 100, { peakRssMb: 410, slow }), chunk('a', 0, 100), chunk('c', 300, 50, {}, 80));
  assert.deepEqual(t.ranges, [[0, 199], [300, 349]]);
  assert.deepEqual(t.gaps, [[200, 299]]);
  assert.equal(formatRanges(t.ranges), '0–199, 300–349');
  assert.equal(t.pages, 250);
  assert.equal(t.analysed, 244);
  assert.deepEqual(t.refused, { INPUT_EMPTY: 6 });
  assert.equal(t.peakRssMb, 410);
  assert.deepEqual(t.slow, slow);
  assert.deepEqual(t.hangs, []);
  assert.equal(t.incomplete.length, 1);
  assert.match(t.incomplete[0], /c\.json \(did 50 of 80 pages\)/);
});

test('overlapping chunks are refused (pages would count twice), and so are chunks of another seed', () => {
  assert.throws(() => load(chunk('x', 0, 100), chunk('y', 50, 100)), /overlaps .*x\.json.*up to page 99.*count twice/);
  assert.throws(() => load(chunk('p', 0, 10), chunk('q', 10, 10, { seed: 17 })), /seed 17.*seed 16.*Add up only chunks of one run/);
  assert.throws(() => load(chunk('r', 0, 10), chunk('s', 10, 10, { minMb: 4 })), /big pages of 4 MB or more only.*with big pages.*one run/);
});

test('a file that is not a summary gets an error naming it', () => {
  const path = join(dir, 'not.json');
  writeFileSync(path, '{"pages": 3}');
  assert.throws(() => readSummary(path), /not\.json" is not a fuzz summary/);
  assert.throws(() => readSummary(join(dir, 'missing.json')), /cannot read the fuzz summary ".*missing\.json"/);
});
