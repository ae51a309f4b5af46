import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectedScore, projectWeights, sentenceVector } from './sentence-vector.js';

test('the projected score equals the weights\' dot product with the sentence vector; stop words and numbers add nothing', () => {
  const text = 'Hospitals in Ohio closed 40 wards last year.';
  const v = sentenceVector(text);
  assert.ok(v, 'the shipped word vectors are present');
  const weights = Array.from({ length: v.length }, (_, d) => Math.sin(d + 1));
  const projected = projectWeights(weights);
  assert.ok(projected);
  const direct = weights.reduce((sum, w, d) => sum + w * v[d], 0);
  assert.ok(Math.abs(projectedScore(text, projected) - direct) < 1e-4, `${projectedScore(text, projected)} vs ${direct}`);
  assert.deepEqual(sentenceVector('the 40 of and'), new Float32Array(v.length));
  assert.equal(projectedScore('the 40 of and', projected), 0);
});
