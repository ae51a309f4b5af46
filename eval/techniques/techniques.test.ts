import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ptcMissing } from '../../src/models/techniques/ptc.js';
import { regressions } from '../baseline.js';
import { print, runTechniquesEval } from './index.js';

const skip = ptcMissing() ?? false;

test('held-out PTC: span F1 (official partial overlap) and technique micro-F1 stay above floors', { skip }, async () => {
  const result = await runTechniquesEval();
  assert.equal(result.skipped, false);
  assert.ok(result.articles > 50, `${result.articles} held-out articles`);
  // Floors: eval/baseline.json under "techniques" (the numbers in MODEL_CARD.md when the model was trained).
  assert.deepEqual(regressions('techniques', result.metrics), []);
  const lines: string[] = [];
  print(result, (l) => lines.push(l));
  assert.match(lines.join('\n'), /span identification .* F1 0\.\d{4}/);
});
