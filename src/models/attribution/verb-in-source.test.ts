// Sources cut before the subject's own verb, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Rates } from './rates.js';
import { verbInSources } from './verb-in-source.js';
import { sourceAfter } from './test-runs.js';

const rates: Rates = new Map([['depositions', { cue: 0, source: 0, n: 5 }]]);

const sourceOf = (text: string, source: string, cue: string): string => sourceAfter((x, g) => verbInSources(x, g, rates), text, source, cue);

test('a past verb after the name ends the source', () => {
  assert.equal(sourceOf('Ms. Ortiz released a statement on Monday, insisting that the vote was fair.', 'Ms. Ortiz released', 'insisting'), 'Ms. Ortiz');
  assert.equal(sourceOf('Tom Lind helped convince the board that the plan was sound.', 'Tom Lind helped', 'convince'), 'Tom Lind');
});

test('relative clauses, reduced ones and plural nouns stay in the source', () => {
  assert.equal(sourceOf('Tom Lind, who released the report, said it was sound.', 'Tom Lind, who released the report,', 'said'), 'Tom Lind, who released the report,');
  assert.equal(sourceOf('Depositions released in March show that the plan failed.', 'Depositions released in March', 'show'), 'Depositions released in March');
  assert.equal(sourceOf('The New York Times reported that the plan failed.', 'The New York Times', 'reported'), 'The New York Times');
  assert.equal(sourceOf('Farm groups said that the plan failed.', 'Farm groups', 'said'), 'Farm groups');
});
