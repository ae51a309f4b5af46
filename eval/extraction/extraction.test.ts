import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFloors, regressions } from '../baseline.js';
import { DEFAULT_DATASET, datasetMissing } from './dataset.js';
import { runExtractionEval } from './index.js';

const missing = datasetMissing(DEFAULT_DATASET);

test('extraction F1 on trafilatura-en stays at or above its floor in eval/baseline.json', { skip: missing ?? false }, async () => {
  const result = await runExtractionEval({ baseline: false });
  assert.equal(result.skipped, false);
  const floors = readFloors('extraction');
  assert.ok(typeof floors.f1 === 'number', 'eval/baseline.json has an "extraction.f1" floor');
  assert.deepEqual(regressions('extraction', result.metrics), []);
});

test('a missing dataset folder gives a skipped result with a clear message', async () => {
  const result = await runExtractionEval({ dataset: '/nonexistent/trafilatura-en' });
  assert.equal(result.skipped, true);
  assert.match(result.message, /not found at \/nonexistent\/trafilatura-en/);
});
