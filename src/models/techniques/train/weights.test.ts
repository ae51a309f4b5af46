import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shortestCovering, tokenWeights } from './weights.js';

// Six tokens: a one-token span at 1, a four-token span over 2–5 with a nested two-token span at 4–5.
const article = { inside: Uint8Array.from([0, 1, 1, 1, 1, 1]), spans: [{ a: 1, b: 2, cls: 0 }, { a: 2, b: 6, cls: 1 }, { a: 4, b: 6, cls: 2 }] };

test('shortestCovering: the length of the shortest gold span over each token, 0 outside', () => {
  assert.deepEqual([...shortestCovering(article)], [0, 1, 4, 4, 2, 2]);
});

test('tokenWeights: 1/length inside, scaled so the inside tokens keep their total weight; outside tokens weigh 1', () => {
  const [w] = tokenWeights([article], 1);
  // Raw 1, 1/4, 1/4, 1/2, 1/2 sum to 2.5 over 5 inside tokens: scale 2.
  assert.deepEqual([...w], [1, 2, 0.5, 0.5, 1, 1]);
  assert.ok(Math.abs(w.slice(1).reduce((x, y) => x + y, 0) - 5) < 1e-12);
  // Power 0 is the unweighted loss.
  assert.deepEqual([...tokenWeights([article], 0)[0]], [1, 1, 1, 1, 1, 1]);
});
