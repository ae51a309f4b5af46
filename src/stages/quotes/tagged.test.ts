// English goes through the learned tagger (src/models/attribution): sentences written for these tests, each a
// pattern PolNeAR annotates; the assertions are on the spans a reader would mark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, entity, run } from './test-helpers.js';

const one = (text: string) => all(run(text)).map(({ kind, content, cue, source }) => ({ kind, content, cue, source }));

test('X said (that) …, …, X said. and According to X, …', () => {
  assert.deepEqual(one('The mayor said the new bridge would open in the spring.'), [
    { kind: 'indirect', content: 'the new bridge would open in the spring', cue: 'said', source: 'The mayor' },
  ]);
  assert.deepEqual(one('Schools will reopen next week, the governor said on Tuesday.'), [
    { kind: 'indirect', content: 'Schools will reopen next week', cue: 'said', source: 'the governor' },
  ]);
  assert.deepEqual(one('According to the county clerk, turnout was the highest in decades.'), [
    { kind: 'indirect', content: 'turnout was the highest in decades', cue: 'According to', source: 'the county clerk' },
  ]);
});

test('a source with an appositive, and cues outside a speech lexicon (accused, shows)', () => {
  assert.deepEqual(one('A city spokeswoman, Ana Ruiz, said the repairs would cost more than expected.')[0].source, 'A city spokeswoman, Ana Ruiz');
  assert.deepEqual(one('Critics have accused the council of hiding the true cost of the project.'), [
    { kind: 'indirect', content: 'the council of hiding the true cost of the project', cue: 'have accused', source: 'Critics' },
  ]);
  assert.deepEqual(one('A new poll shows the senator leading her rival by six points.')[0].source, 'A new poll');
});

test('direct quotes: the quote around its attribution is one speaker’s, continued after "she said."', () => {
  const text = 'Mira Holt spoke last. “The numbers are clear,” she said. “We have to act now.”';
  const doc = run(text, [entity('e1', 'person', text, [['Mira Holt', 'name'], ['she', 'pronoun']])]);
  assert.deepEqual(all(doc).map((q) => [q.kind, q.content, q.cue, q.entityId]), [
    ['direct', '“The numbers are clear,”', 'said', 'e1'],
    ['direct', '“We have to act now.”', 'said', 'e1'],
  ]);
});

test('the venue of "said at a press conference that …" stays out of the content', () => {
  const [q] = all(run('The governor said at a press conference that schools would reopen on Monday.'));
  assert.equal(q.content, 'that schools would reopen on Monday');
  assert.equal(q.venue, 'a press conference');
});

test('the author’s own narration is no quote', () => {
  assert.deepEqual(one('The river flooded the lower town after three days of heavy rain.'), []);
  assert.deepEqual(one('As the troops withdrew, the rebels seized the airport and closed the roads.'), []);
});
