import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regressions } from '../baseline.js';
import { datasetPath } from '../dataset-paths.js';
import { DEFAULT_SPLIT, print, runAttributionEval } from './index.js';

const { missing } = datasetPath(DEFAULT_SPLIT);

test('attribution on PolNeAR dev: each F1 at or above its floor in eval/baseline.json', { skip: missing ?? false }, async () => {
  const result = await runAttributionEval();
  assert.equal(result.skipped, false, result.message);
  assert.ok(result.articles > 0);
  assert.deepEqual(regressions('attribution', result.metrics), [], print(result));
});
