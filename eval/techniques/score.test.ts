import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSpans, siCounts, siScore, tcCorrect } from '../../src/models/techniques/metrics.js';

test('SI: partial overlap credit, as the official scorer', () => {
  // Gold [0,10); predicted [5,15): precision 5/10, recall 5/10.
  const c = siCounts([{ start: 5, end: 15 }], [{ start: 0, end: 10 }]);
  assert.deepEqual(siScore(c), { precision: 0.5, recall: 0.5, f1: 0.5 });
  // One predicted span over two gold spans: precision sums both overlaps; recall averages over gold.
  const d = siScore(siCounts([{ start: 0, end: 20 }], [{ start: 0, end: 5 }, { start: 10, end: 20 }]));
  assert.equal(d.precision, 15 / 20);
  assert.equal(d.recall, 1);
  assert.deepEqual(siScore(siCounts([], [{ start: 0, end: 5 }])), { precision: 0, recall: 0, f1: 0 });
});

test('SI: overlapping spans are merged first; touching ones stay apart', () => {
  assert.deepEqual(mergeSpans([{ start: 3, end: 8 }, { start: 0, end: 5 }, { start: 8, end: 9 }]), [{ start: 0, end: 8 }, { start: 8, end: 9 }]);
  const c = siCounts([{ start: 0, end: 5 }, { start: 2, end: 10 }], [{ start: 0, end: 10 }]);
  assert.equal(c.predicted, 1);
  assert.equal(siScore(c).f1, 1);
});

test('TC: labels of one span compared as multisets', () => {
  assert.equal(tcCorrect(['Doubt', 'Loaded_Language'], ['Loaded_Language', 'Slogans']), 1);
  assert.equal(tcCorrect(['Doubt'], ['Doubt']), 1);
  assert.equal(tcCorrect(['Doubt', 'Doubt'], ['Doubt', 'Slogans']), 1);
});
