import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regressions } from '../baseline.js';
import { datasetMissing } from './dataset.js';
import { runClaimRetrievalEval } from './index.js';
import { averagePrecisionAt, reciprocalRank } from './metrics.js';

test('AP@5 as the CLEF 2020 T2 scorer computes it', () => {
  assert.equal(averagePrecisionAt(['a', 'b', 'c'], new Set(['a']), 5), 1);
  assert.equal(averagePrecisionAt(['x', 'a'], new Set(['a']), 5), 0.5);
  assert.equal(averagePrecisionAt(['x', 'y', 'z', 'w', 'v', 'a'], new Set(['a']), 5), 0);
  assert.equal(averagePrecisionAt(['a', 'x', 'b'], new Set(['a', 'b']), 5), (1 + 2 / 3) / 2);
  assert.equal(reciprocalRank(['x', 'y', 'a'], new Set(['a'])), 1 / 3);
});

const missing = datasetMissing();

test('MAP@5 on the dev tweets stays at its floor (eval/baseline.json, "claim-retrieval")', { skip: missing ?? false }, async () => {
  const result = await runClaimRetrievalEval({ scale: false });
  assert.deepEqual(regressions('claim-retrieval', result.metrics), []);
  assert.ok(result.metrics.map5 > result.metrics.map5Bm25, 'the re-ranker beats BM25 alone');
});
