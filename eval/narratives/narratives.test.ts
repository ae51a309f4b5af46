import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFloors, regressions } from '../baseline.js';
import { print, runNarrativesEval } from './index.js';
import { SPLITS } from './set.js';

// The narratives eval in every test run, so that CI catches a regression of any split below its floor
// (eval/baseline.json, "narratives"); it reads only the sets and catalogues in this folder.
test('narratives + stance on every split of eval/narratives stay above their floors; no debunk read as asserting below its floor', async () => {
  const result = await runNarrativesEval();
  assert.equal(result.skipped, false);
  assert.ok(result.articles >= 1410, `${result.articles} articles`);
  const lines: string[] = [];
  print(result, (l) => lines.push(l));
  assert.deepEqual(regressions('narratives', result.metrics), [], lines.join('\n'));
  // Every split has a floor for debunks read as asserting (1: none); the floor below 1 of a split added after its
  // held-out measurement is what it measured then, so that it cannot fall further (eval/baseline.json).
  const floors = readFloors('narratives');
  for (const split of SPLITS) assert.ok(`${split}_debunks_not_asserted` in floors, `${split}: no floor for debunks read as asserting in eval/baseline.json`);
});
