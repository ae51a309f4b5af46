// The name before an appositive source taken back, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appositiveSources, descriptorSources } from './appositive-source.js';
import { sourceAfter } from './test-runs.js';

/** The source after appositiveSources, as text, when the tagger read `source` as the source of `cue`. */
const sourceOf = (text: string, source: string, cue: string): string => sourceAfter(appositiveSources, text, source, cue);

test('the name before the appositive joins the source', () => {
  assert.equal(sourceOf('Hammond, the Indiana national committeeman, hesitated to repeat it.', 'the Indiana national committeeman', 'hesitated'), 'Hammond, the Indiana national committeeman');
  assert.equal(sourceOf('New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, acknowledged the problem.', 'a staunch Donald Trump ally', 'acknowledged'), 'New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally');
  assert.equal(sourceOf('Reached by phone, Jay DiPietro, the club president, suggested a change.', 'the club president', 'suggested'), 'Jay DiPietro, the club president');
  assert.equal(sourceOf('“It is over,” said Juan Zarate, a former adviser, on Monday.', 'a former adviser', 'said'), 'Juan Zarate, a former adviser');
});

test('no name: a connective, a time, a pronoun or "who" stays as it is', () => {
  assert.equal(sourceOf('However, the campaign said it would appeal.', 'the campaign', 'said'), 'the campaign');
  assert.equal(sourceOf('Early Tuesday, the State Department said it would appeal.', 'the State Department', 'said'), 'the State Department');
  assert.equal(sourceOf('On Monday, the senator said it would pass.', 'the senator', 'said'), 'the senator');
  assert.equal(sourceOf('Clinton, who called Sanders, told reporters it was over.', 'who', 'told'), 'who');
  assert.equal(sourceOf('Like Mr. Sanders, she said it was over.', 'she', 'said'), 'she');
});

/** The source after descriptorSources, as text. */
const withDescriptor = (text: string, source: string, cue: string): string => sourceAfter(descriptorSources, text, source, cue);

test('a descriptor before a name set off by commas joins the source', () => {
  assert.equal(withDescriptor('The county’s party chairman, Tom Lind, said the vote was close.', 'Tom Lind', 'said'), 'The county’s party chairman, Tom Lind');
  assert.equal(withDescriptor('Two local farmers, Anna Berg and Tom Lind, said the rain came late.', 'Anna Berg and Tom Lind', 'said'), 'Two local farmers, Anna Berg and Tom Lind');
});

test('a time phrase or a clause before the name stays out', () => {
  assert.equal(withDescriptor('The next day, Tom Lind, the chairman, said it was over.', 'Tom Lind', 'said'), 'Tom Lind');
  assert.equal(withDescriptor('In the end, Tom Lind, the chairman, said it was over.', 'Tom Lind', 'said'), 'Tom Lind');
  assert.equal(withDescriptor('The county’s party chairman, Tom Lind said the vote was close.', 'Tom Lind', 'said'), 'Tom Lind');
});

test('a descriptor joins a name run that holds its closing comma', () => {
  assert.equal(withDescriptor('One of the club’s owners, Tom Lind, has called for a vote.', 'Tom Lind,', 'has called'), 'One of the club’s owners, Tom Lind,');
});
