import assert from 'node:assert/strict';
import test from 'node:test';
import { fromRows } from './dataset.js';
import { classify, macroF1, pick } from './fewshot.js';

const rows = [
  { Narrative: 'Maidan was a coup', Disinfo_cases_en: 'The Maidan coup in Kyiv was paid for by Washington.' },
  { Narrative: null, Disinfo_cases_en: 'After the 2014 coup d’état, the putschists took power in Kyiv.' },
  { Narrative: null, Disinfo_cases_en: 'The unconstitutional coup brought a Western puppet to power.' },
  { Narrative: null, Disinfo_cases_en: '' },
  { Narrative: 'Sanctions backfire', Disinfo_cases_en: 'Sanctions hurt the European economy more than Russia.' },
  { Narrative: null, Disinfo_cases_en: 'Europe is freezing because of its own sanctions on Russian gas.' },
  { Narrative: null, Disinfo_cases_en: 'The sanctions have backfired and ruin European industry.' },
];

test('the narrative is carried forward to the rows of its group; empty excerpts are left out', () => {
  const data = fromRows(rows);
  assert.deepEqual(data.narratives, ['Maidan was a coup', 'Sanctions backfire']);
  assert.deepEqual(data.excerpts.map((e) => e.label), [0, 0, 0, 1, 1, 1]);
});

test('picks: k per narrative, apart from the test part, the same for a seed, one kept to test', () => {
  const data = fromRows(rows);
  const a = pick(data, 1, 7);
  assert.deepEqual(a, pick(data, 1, 7));
  assert.equal(a.examples.flat().length, 2);
  assert.ok(a.examples.flat().every((i) => !a.test.includes(i)));
  assert.equal(a.test.length, 4);
  const all = pick(data, 5, 7);
  assert.deepEqual(all.examples.map((e) => e.length), [2, 2]);
  const picks = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(pick(data, 1, seed).examples)));
  assert.ok(picks.size > 1, 'seeds pick differently');
});

test('macro-F1 by hand: two labels, one error', () => {
  // label 0: tp 1, fn 1 → 2/3; label 1: tp 1, fp 1 → 2/3
  assert.equal(macroF1([0, 0, 1], [0, 1, 1], 2).toFixed(4), (2 / 3).toFixed(4));
  assert.equal(macroF1([0, 1], [0, 1], 2), 1);
});

test('a catalogue of one example per narrative classifies the rest of this small set', () => {
  const data = fromRows(rows);
  const examples = [[0], [3]];
  const test = [1, 2, 4, 5].map((i) => data.excerpts[i]);
  assert.deepEqual(classify(data, examples, test), [0, 0, 1, 1]);
});
