import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, entity, run } from './test-helpers.js';

test('venue in the quote sentence: told X, in an interview with X, at a press conference, on Twitter', () => {
  const text = 'Kabulov told RTVI that the group was created abroad.';
  const doc = run(text, [entity('e1', 'person', text, [['Kabulov', 'surname']]), entity('m1', 'media', text, [['RTVI', 'name']])]);
  assert.deepEqual(doc.layers.quotes?.map((q) => [q.venue?.text, q.venue?.entityId]), [['RTVI', 'm1']]);
  assert.equal(all(run('Trump said in an interview with CNN that he would win the state easily.'))[0].venue, 'an interview with CNN');
  assert.equal(all(run('The governor said at a press conference that schools would reopen on Monday.'))[0].venue, 'a press conference');
  assert.equal(all(run('The senator wrote on Twitter that the vote was rigged from the start.'))[0].venue, 'Twitter');
});

test('article rule: a venue given in its own sentence applies to the same speaker’s quotes', () => {
  const text =
    'The envoy, Zamir Kabulov, reiterated that the branch was established with foreign backing.\n\n' +
    'These assertions were made by Zamir Kabulov during an interview with RTVI television.\n\n' +
    'Kabulov stated, “The group came into existence a decade ago.”\n\n' +
    'Officials in Kabul said the claims were baseless and politically motivated.';
  const doc = run(text, [entity('e1', 'person', text, [['Zamir Kabulov', 'name'], ['Kabulov', 'surname']]), entity('m1', 'media', text, [['RTVI', 'name']])]);
  assert.deepEqual(all(doc).map((q) => [q.speaker, q.venue]), [
    ['Zamir Kabulov', 'an interview with RTVI television'],
    ['Zamir Kabulov', 'an interview with RTVI television'],
    ['Officials in Kabul', null],
  ]);
  assert.equal(doc.layers.quotes?.[0].venue?.entityId, 'm1');
});

// Regression: the sentence's full stop was taken into a venue name ending the sentence ("… with Radio Axa.").
test('a venue at the end of a sentence leaves out the full stop, but keeps the dots of an abbreviation', () => {
  assert.equal(all(run('Berg said that the bridge was safe. She spoke during an interview with Radio Axa.\n\nBerg said in an interview with Radio Axa that the bridge was safe.'))[1].venue, 'an interview with Radio Axa');
  const doc = run('These remarks were made by Lena Berg during an interview with Radio Axa.\n\nBerg stated, “The bridge was repaired last spring by the city.”');
  assert.equal(all(doc)[0].venue, 'an interview with Radio Axa');
});
