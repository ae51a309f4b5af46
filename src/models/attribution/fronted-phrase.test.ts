// Sources cut after a fronted phrase, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontedPhraseSources } from './fronted-phrase.js';
import { sourceAfter } from './test-runs.js';

const sourceOf = (text: string, source: string, cue: string): string => sourceAfter(frontedPhraseSources, text, source, cue);

test('a source begun inside a fronted phrase starts after its comma', () => {
  assert.equal(sourceOf('In the case of a recount, lawyers said the count could take weeks.', 'the case of a recount, lawyers', 'said'), 'lawyers');
  assert.equal(sourceOf('For Mayor Ortiz, aides said, the vote was a test.', 'Mayor Ortiz, aides', 'said'), 'aides');
});

test('the cue\'s own preposition, a place and its state, or a relative clause: the source stays', () => {
  assert.equal(sourceOf('According to Tom Lind, a farmer, the rain came late.', 'Tom Lind, a farmer', 'According to'), 'Tom Lind, a farmer');
  assert.equal(sourceOf('After a woman in Salem, Oregon, called the police, the case was opened.', 'a woman in Salem, Oregon,', 'called'), 'a woman in Salem, Oregon,');
  assert.equal(sourceOf('With Tom Lind, who chairs the board, said nothing.', 'Tom Lind, who chairs the board', 'said'), 'Tom Lind, who chairs the board');
});
