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

// Issue 13: on every author-voice question the rule was right a fifth of the time (0.006 out-of-fold SI F1 lost);
// it now names Doubt only on questions the model marked.
const question = 'Who really benefits from this war? The answer is obvious.';
const q = tokenizeDoc(question, [{ start: 0, end: 34 }, { start: 35, end: question.length }], createCueIndex([]));
const asked = 'Who really benefits from this war';

test('the author-voice question rule marks Doubt only on a question the model marked', () => {
  assert.deepEqual(ruleSpans(q, createCueIndex([]), []), [], 'no model span over the question: no rule span');
  const model = [{ start: 0, end: asked.length, technique: 'Loaded_Language', score: 0.3, explanation: '' }];
  const found = ruleSpans(q, createCueIndex([]), model);
  assert.deepEqual(found.map((p) => [question.slice(p.start, p.end), p.technique]), [[`${asked}?`, 'Doubt']]);
  const part = [{ start: 0, end: 'Who really benefits'.length, technique: 'Loaded_Language', score: 0.3, explanation: '' }];
  assert.deepEqual(ruleSpans(q, createCueIndex([]), part), [], 'a span over part of the question does not count');
  assert.deepEqual(ruleSpans(q, createCueIndex([]), [{ ...model[0], technique: 'Doubt' }]), [], 'already Doubt: nothing to add');
});
