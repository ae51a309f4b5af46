import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smoothByTopic } from './topics.js';

test('topic support lifts a line that shares a rarer content word with a high-scoring line', () => {
  const texts = ['He hired workers from Poland.', 'Thank you all.', 'Those workers from Poland were paid nothing.', 'Good evening.'];
  const scores = [0.1, 0.1, 0.9, 0.1];
  const out = smoothByTopic(texts, scores, 1, 0.5);
  assert.ok(out[0] > scores[0], 'shares "workers", "poland" with the check-worthy line');
  assert.equal(out[1], 0.1 / 2, 'no shared content word: support 0');
  assert.ok(out.every((x) => x >= 0 && x <= 1));
  assert.deepEqual(smoothByTopic(texts, scores, 0), scores);
});

test('a content word in too many lines gives no support', () => {
  const texts = ['jobs jobs', 'more jobs', 'jobs here', 'jobs there'];
  assert.deepEqual(smoothByTopic(texts, [0.9, 0.1, 0.1, 0.1], 1, 0.25), [0.45, 0.05, 0.05, 0.05]);
});
