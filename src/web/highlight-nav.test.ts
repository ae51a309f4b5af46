import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legend, markAt, onlyKind, segments, step } from './highlight-nav.js';
import type { HlMark } from './marks.js';

const mark = (id: string, start: number, end: number, kind = 'tech-doubt'): HlMark => ({ id, start, end, kind, label: kind, layer: 'techniques', base: 'tech', colour: 0, ref: id, lines: [id] });

// "aaaa bbbb cccc": an outer mark over everything, one inside it, one crossing its end.
const outer = mark('m0', 0, 14, 'tech-doubt');
const inner = mark('m1', 5, 9, 'tech-slogans');
const crossing = mark('m2', 7, 14, 'tech-doubt');
const marks = [outer, inner, crossing];

test('legend: one entry per kind in order of appearance, with counts', () => {
  assert.deepEqual(legend(marks).map((e) => [e.kind, e.count]), [['tech-doubt', 2], ['tech-slogans', 1]]);
  assert.deepEqual(legend([]), []);
});

test('markAt: the innermost (shortest) mark under an offset', () => {
  assert.equal(markAt(marks, 2)?.id, 'm0');
  assert.equal(markAt(marks, 6)?.id, 'm1');
  assert.equal(markAt(marks, 8)?.id, 'm1', 'm1 (4 chars) is shorter than m2 (7) and m0 (14)');
  assert.equal(markAt(marks, 11)?.id, 'm2');
  assert.equal(markAt(marks, 14), null, 'end offsets are outside');
  assert.equal(markAt([mark('a', 0, 3), mark('b', 0, 3)], 1)?.id, 'b', 'of two equal spans the later in the list, nested inside');
});

test('segments: cut at every edge, marks outermost first, the whole text covered', () => {
  const segs = segments(16, marks);
  assert.deepEqual(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.id)]), [
    [0, 5, ['m0']],
    [5, 7, ['m0', 'm1']],
    [7, 9, ['m0', 'm2', 'm1']],
    [9, 14, ['m0', 'm2']],
    [14, 16, []],
  ]);
  for (const s of segs) {
    const innermost = s.marks[s.marks.length - 1];
    if (innermost) assert.equal(markAt(marks, s.start)?.id, innermost.id, 'a click lands on the mark markAt names');
  }
});

test('step: next and previous in list order, from nothing the first or last, stopping at the ends', () => {
  assert.equal(step(marks, null, 1)?.id, 'm0');
  assert.equal(step(marks, null, -1)?.id, 'm2');
  assert.equal(step(marks, 'm0', 1)?.id, 'm1');
  assert.equal(step(marks, 'm1', -1)?.id, 'm0');
  assert.equal(step(marks, 'm2', 1)?.id, 'm2');
  assert.equal(step([], null, 1), null);
  assert.equal(step(marks, 'gone', 1)?.id, 'm0');
});

test('onlyKind narrows to one technique, "all" keeps every mark', () => {
  assert.deepEqual(onlyKind(marks, 'tech-doubt').map((m) => m.id), ['m0', 'm2']);
  assert.equal(onlyKind(marks, 'all').length, 3);
});
