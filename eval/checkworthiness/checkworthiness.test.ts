import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetsAvailable } from '../../src/models/checkworthiness/datasets.js';
import { print, runCheckworthinessEval } from './index.js';

const skip = datasetsAvailable() ? false : 'check-worthiness datasets not found (../shared/datasets/checkworthiness)';

test('held-out check-worthiness: MAP over CLEF debates and ClaimBuster AP stay above floors', { skip }, async () => {
  const result = await runCheckworthinessEval();
  assert.equal(result.skipped, false);
  assert.equal(result.debates.length, 5);
  // Floors a little under the numbers in MODEL_CARD.md (0.244 / 0.796 / 0.702).
  assert.ok(result.metrics.clefMap > 0.2, `MAP ${result.metrics.clefMap}`);
  assert.ok(result.metrics.claimbusterAp > 0.75, `AP ${result.metrics.claimbusterAp}`);
  assert.ok(result.metrics.claimbusterF1 > 0.67, `F1 ${result.metrics.claimbusterF1}`);
  const lines: string[] = [];
  print(result, (l) => lines.push(l));
  assert.match(lines.join('\n'), /CLEF 2019 T1 MAP 0\.\d{3}/);
});
