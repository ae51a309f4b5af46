import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from '../../models/techniques/cues.js';
import { tokenizeDoc } from '../../models/techniques/tokens.js';
import { ruleSpans } from './rules.js';

const cues = createCueIndex([{ id: 'rule-simile', category: 'figurative', words: ['akin', 'to'], emit: { technique: 'Loaded_Language', scope: 'clause', score: 0.5 } }]);
const text = 'IS-K emerged rapidly, akin to a mushroom sprouting after rainfall.';
const d = tokenizeDoc(text, [{ start: 0, end: text.length }], cues);
const clause = 'akin to a mushroom sprouting after rainfall';

test('regression: a model span over part of a simile no longer hides the rule span of the whole clause', () => {
  const part = text.indexOf('mushroom');
  const model = [{ start: part, end: part + 'mushroom sprouting after rainfall'.length, technique: 'Loaded_Language', score: 0.2, explanation: '' }];
  const found = ruleSpans(d, cues, model).map((p) => text.slice(p.start, p.end));
  assert.deepEqual(found, [clause]);
});

test('a model span of the same technique over (nearly) all of the clause makes the rule span redundant', () => {
  const start = text.indexOf(clause);
  const model = [{ start, end: start + clause.length, technique: 'Loaded_Language', score: 0.4, explanation: '' }];
  assert.deepEqual(ruleSpans(d, cues, model), []);
  assert.equal(ruleSpans(d, cues, [{ ...model[0], technique: 'Doubt' }]).length, 1, 'another technique does not count');
});
