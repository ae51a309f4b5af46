import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, entity, run } from './test-helpers.js';

// Regression: every quote filtered every sentence and every article venue (quadratic: 2.5 s on a 200 KB article).
// Venues are now found once per speaker and the nearest earlier one by binary search; this checks the answers stay right.
test('article rule over a long article: each quote takes the nearest earlier venue sentence naming its speaker', () => {
  const station = (k: number) => `Radio ${String.fromCharCode(65 + (k % 26))}x${String.fromCharCode(97 + Math.floor(k / 26))}`;
  const block = (k: number) =>
    `These remarks were made by Lena Berg during an interview with ${station(k)}.\n\n` +
    `Berg stated, “The bridge number ${k} was repaired last spring by the city.”\n\n` +
    `Officials in the capital said the repair of bridge ${k} had cost far more than planned.\n\n`;
  const text = Array.from({ length: 150 }, (_, k) => block(k)).join('');
  const doc = run(text, [entity('e1', 'person', text, [['Lena Berg', 'name'], ['Berg', 'surname']])]);
  const berg = all(doc).filter((q) => q.speaker === 'Lena Berg');
  assert.equal(berg.length, 150);
  berg.forEach((q, k) => assert.equal(q.venue, `an interview with ${station(k)}`, `quote ${k}`));
  assert.ok(all(doc).filter((q) => q.speaker !== 'Lena Berg').every((q) => q.venue === null));
});
