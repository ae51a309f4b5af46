import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetsAvailable } from '../../src/models/checkworthiness/training-data.js';
import { regressions } from '../baseline.js';
import { print, runCheckworthinessEval } from './index.js';
import { trainTfidf } from './tfidf.js';

const skip = datasetsAvailable() ? false : 'check-worthiness datasets not found (../shared/datasets/checkworthiness)';

test('the TF-IDF reference learns which words mark a positive line', () => {
  const rows = [
    { text: 'Unemployment fell to 5 percent', label: 1 as const },
    { text: 'Taxes rose by 10 percent', label: 1 as const },
    { text: 'Thank you all for coming', label: 0 as const },
    { text: 'Good evening and thank you', label: 0 as const },
  ];
  const model = trainTfidf(rows, 30);
  assert.ok(model.score('Prices rose 3 percent') > model.score('Thank you, good night'));
  assert.equal(model.score('zzz unseen words'), model.score('other unseen words'), 'unknown words score as the bias alone');
});

test('check-worthiness protocols: LODO over all 19 CLEF 2019 debates, CLEF 2020 T5 dev, ClaimBuster test, above floors', { skip }, async () => {
  const result = await runCheckworthinessEval();
  assert.equal(result.skipped, false);
  assert.equal(result.debates.length, 19);
  // Floors: eval/baseline.json under "checkworthiness".
  assert.deepEqual(regressions('checkworthiness', result.metrics), []);
  const lines: string[] = [];
  print(result, (l) => lines.push(l));
  assert.match(lines.join('\n'), /LODO MAP 0\.\d{3} \(TF-IDF LR 0\.\d{3}\)/);
  assert.match(lines.join('\n'), /Protocols/);
});
