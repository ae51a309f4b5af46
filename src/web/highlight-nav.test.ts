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

test('segments agree with markAt on many overlapping marks (every offset of a generated layout)', () => {
  // A fixed pseudo-random layout: 60 marks over 200 characters, nested, crossing and repeated spans.
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const many = Array.from({ length: 60 }, (_, i) => {
    const start = rand(190);
    return mark(`g${i}`, start, start + 1 + rand(Math.min(40, 200 - start)));
  });
  many.push(mark('same-a', 50, 60), mark('same-b', 50, 60));
  const segs = segments(200, many);
  assert.equal(segs[0].start, 0);
  assert.equal(segs[segs.length - 1].end, 200);
  for (const s of segs) {
    const covering = many.filter((m) => m.start <= s.start && m.end >= s.end);
    assert.deepEqual(new Set(s.marks), new Set(covering), `the marks over ${s.start}–${s.end}`);
    for (let k = 1; k < s.marks.length; k++) assert.ok(s.marks[k - 1].end - s.marks[k - 1].start >= s.marks[k].end - s.marks[k].start, 'outermost first');
    assert.equal(markAt(many, s.start)?.id ?? null, s.marks[s.marks.length - 1]?.id ?? null);
  }
  const pair = segs.find((s) => s.marks.some((m) => m.id === 'same-a'))?.marks.map((m) => m.id) ?? [];
  assert.ok(pair.indexOf('same-a') < pair.indexOf('same-b'), 'of two equal spans the later in the list is nested inside');
});

test('segments skip marks outside the text', () => {
  assert.deepEqual(segments(5, [mark('x', 3, 9)]).map((s) => [s.start, s.end, s.marks.length]), [[0, 5, 0]]);
});
