// Coordinated sources taken back, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coordinatedSources } from './coordinated-source.js';
import { sourceAfter } from './test-runs.js';


test('the first conjunct of a coordinated source joins it', () => {
  assert.equal(sourceAfter(coordinatedSources, 'Anna Berg and Tom Lind wrote that the plan would fail.', 'Tom Lind', 'wrote'), 'Anna Berg and Tom Lind');
  assert.equal(sourceAfter(coordinatedSources, 'Still, Mayor Ortiz and the council said the budget was fine.', 'the council', 'said'), 'Mayor Ortiz and the council');
});

test('no name opening the clause before "and": the source stays', () => {
  assert.equal(sourceAfter(coordinatedSources, 'The gap between Ortiz and Lind said little about the vote.', 'Lind', 'said'), 'Lind');
  assert.equal(sourceAfter(coordinatedSources, 'However and Lind said it was late.', 'Lind', 'said'), 'Lind');
  assert.equal(sourceAfter(coordinatedSources, 'He left early and Lind said it was late.', 'Lind', 'said'), 'Lind');
});
