import { test } from 'node:test';
import assert from 'node:assert/strict';
import { regressions } from '../baseline.js';
import { print, runNarrativesEval } from './index.js';
import { SPLITS } from './set.js';

// The narratives eval in every test run, so that CI catches a regression of any split below its floor
// (eval/baseline.json, "narratives"); it reads only the sets and catalogues in this folder.
test('narratives + stance on every split of eval/narratives stay above their floors; no debunk read as asserting', async () => {
  const result = await runNarrativesEval();
  assert.equal(result.skipped, false);
  assert.ok(result.articles >= 1190, `${result.articles} articles`);
  const lines: string[] = [];
  print(result, (l) => lines.push(l));
  assert.deepEqual(regressions('narratives', result.metrics), [], lines.join('\n'));
  for (const split of SPLITS) assert.equal(result.metrics[`${split}_debunks_not_asserted`], 1, `${split}: a debunk read as asserting`);
});
