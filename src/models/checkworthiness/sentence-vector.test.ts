import { test } from 'node:test';
import assert from 'node:assert/strict';
import { featureIndices } from './features.js';
import { projectedScore, projectedScoreOfRows, projectWeights, sentenceVector } from './sentence-vector.js';

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

test('the rows featureIndices reports give the score the words give (the model reads them with its other keys)', () => {
  const text = 'Hospitals in Ohio closed 40 wards last year, and the doctors\u2019 union said so.';
  const weights = Array.from({ length: sentenceVector(text)?.length ?? 0 }, (_, d) => Math.cos(d + 2));
  const projected = projectWeights(weights);
  assert.ok(projected, 'the shipped word vectors are present');
  // Twice: the second reads the rows from the per-word entries the first filled.
  for (let k = 0; k < 2; k++) {
    const rows: number[] = [];
    featureIndices(text, 12, { chars: false, context: false }, undefined, rows);
    assert.equal(projectedScoreOfRows(rows, projected), projectedScore(text, projected));
  }
});
