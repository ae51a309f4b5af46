// Numbers taken back into sources, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberSources } from './number-source.js';
import { sourceAfter } from './test-runs.js';

const sourceOf = (text: string, source: string, cue: string): string => sourceAfter(numberSources, text, source, cue);

test('a source starting inside its number takes the number back', () => {
  assert.equal(sourceOf('In the survey, 41 percent of farmers said prices were too low.', 'of farmers', 'said'), '41 percent of farmers');
  assert.equal(sourceOf('In the survey, 41 percent of farmers said prices were too low.', 'percent of farmers', 'said'), '41 percent of farmers');
  assert.equal(sourceOf('Some 12,500 people signed a letter saying the park should stay open.', '500 people', 'signed a letter saying'), '12,500 people');
});

test('a source with no number before it stays as it is', () => {
  assert.equal(sourceOf('Most of the farmers said prices were too low.', 'the farmers', 'said'), 'the farmers');
  assert.equal(sourceOf('In the survey, a majority of farmers said prices were too low.', 'farmers', 'said'), 'farmers');
});
