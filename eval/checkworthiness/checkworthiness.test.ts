import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datasetsAvailable } from '../../src/models/checkworthiness/training-data.js';
import { regressions } from '../baseline.js';
import { print, runCheckworthinessEval } from './index.js';
import { trainTfidf } from './tfidf.js';
import { clef2019Test } from './protocols.js';
import { DEFAULTS } from '../../src/models/checkworthiness/train.js';

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

test('CLEF 2019 official-test protocol: trained on the training debates, one result per test debate, each ranked by the model trained on the training debates', () => {
  const line = (group: string, id: number, text: string, label: 0 | 1, speaker = 'CANDIDATE') => ({ text, label, group, id, speaker });
  const training = [];
  for (let d = 0; d < 4; d++) {
    training.push(
      line(`d${d}`, 1, `Unemployment rose by ${d + 3} percent last year in our state.`, 1),
      line(`d${d}`, 2, 'Thank you so much, it is great to be here tonight.', 0),
      line(`d${d}`, 3, `We lost ${d + 2} million jobs to China since 2010.`, 1),
      line(`d${d}`, 4, 'Let me answer the question, please.', 0, 'MODERATOR'),
    );
  }
  const test = [
    line('test:t1', 1, 'Thank you, it is wonderful to be back.', 0),
    line('test:t1', 2, 'Taxes went up by 9 percent in 2015.', 1),
    line('test:t2', 1, 'Crime fell by 12 percent in four years.', 1),
    line('test:t2', 2, 'Please, let me finish.', 0),
    // A test line that also sits in a training debate: removed from training, still ranked.
    line('test:t2', 3, 'Thank you so much, it is great to be here tonight.', 0),
  ];
  const results = clef2019Test(training, test, [], { ...DEFAULTS, epochs: 20 });
  assert.deepEqual(results.map((r) => [r.name, r.lines, r.positives]), [['test:t1', 2, 1], ['test:t2', 3, 1]]);
  for (const r of results) assert.equal(r.ap, 1, `${r.name}: the numeric claim ranks first`);
});
