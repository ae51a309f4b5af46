// Possessors taken back into sources, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { possessorSources } from './possessor-source.js';
import { sourceAfter } from './test-runs.js';

const sourceOf = (text: string, source: string, cue: string): string => sourceAfter(possessorSources, text, source, cue);

test('the possessor opening the clause joins the source', () => {
  assert.equal(sourceOf("Ortiz's defense lawyer said the charges were weak.", 'defense lawyer', 'said'), "Ortiz's defense lawyer");
  assert.equal(sourceOf('On the air, Valley Radio’ Anna Berg asked whether the plan was dead.', 'Anna Berg', 'asked'), 'Valley Radio’ Anna Berg');
});

test('a possessor inside a longer phrase is left out', () => {
  assert.equal(sourceOf("After the mayor's speech, the council said the budget was fine.", 'the council', 'said'), 'the council');
  assert.equal(sourceOf("Many of Ortiz's aides said the budget was fine.", 'aides', 'said'), 'aides');
});
