import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetsAvailable } from '../../src/models/checkworthiness/training-data.js';
import { regressions } from '../baseline.js';
import { print, runCheckworthinessEval } from './index.js';

const skip = datasetsAvailable() ? false : 'check-worthiness datasets not found (../shared/datasets/checkworthiness)';

test('held-out check-worthiness: MAP over CLEF debates and ClaimBuster AP stay above floors', { skip }, async () => {
  const result = await runCheckworthinessEval();
  assert.equal(result.skipped, false);
  assert.equal(result.debates.length, 5);
  // Floors: eval/baseline.json under "checkworthiness" (the numbers in MODEL_CARD.md when the model was trained).
  assert.deepEqual(regressions('checkworthiness', result.metrics), []);
  const lines: string[] = [];
  print(result, (l) => lines.push(l));
  assert.match(lines.join('\n'), /CLEF 2019 T1 MAP 0\.\d{3}/);
});
