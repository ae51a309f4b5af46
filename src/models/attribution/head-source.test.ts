// Head noun phrases taken back into sources, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headSources } from './head-source.js';
import type { Rates } from './rates.js';
import { sourceAfter } from './test-runs.js';

const rates: Rates = new Map([
  ['aides', { cue: 0, source: 0.6, n: 40 }],
  ['lawyers', { cue: 0, source: 0.5, n: 30 }],
  ['rest', { cue: 0, source: 0.02, n: 50 }],
]);

const sourceOf = (text: string, source: string, cue: string): string => sourceAfter((x, g) => headSources(x, g, rates), text, source, cue);

test('a likely source noun before the preposition joins the source', () => {
  assert.equal(sourceOf('Aides to Mayor Ortiz said the budget was fine.', 'Mayor Ortiz', 'said'), 'Aides to Mayor Ortiz');
  assert.equal(sourceOf('But the lawyers for the city argued that the law was void.', 'the city', 'argued'), 'the lawyers for the city');
});

test('other nouns, or a phrase inside a clause, leave the source as it is', () => {
  assert.equal(sourceOf('The rest of the council said the budget was fine.', 'the council', 'said'), 'the council');
  assert.equal(sourceOf('He met aides to Mayor Ortiz who said the budget was fine.', 'Mayor Ortiz', 'said'), 'Mayor Ortiz');
});
