// The cue rules (other languages, and English with { tagger: false }); the tagger's own tests are in tagged.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, runRules as run } from './test-helpers.js';

const one = (text: string) => all(run(text)).map(({ kind, content, cue, source }) => ({ kind, content, cue, source }));

test('X said (that) …, X further stated that …, X reiterated that …', () => {
  assert.deepEqual(one('Kabulov further stated that the group is only fighting its rivals.'), [
    { kind: 'indirect', content: 'that the group is only fighting its rivals', cue: 'further stated', source: 'Kabulov' },
  ]);
  assert.deepEqual(one('The envoy said the branch was set up with foreign backing.'), [
    { kind: 'indirect', content: 'the branch was set up with foreign backing', cue: 'said', source: 'The envoy' },
  ]);
  assert.deepEqual(one('Kabulov told RTVI that the branch was set up with foreign backing.')[0].content, 'that the branch was set up with foreign backing');
});

test('the object of cited / accused is the content', () => {
  assert.deepEqual(one('Kabulov cited the release of fighters by foreign forces in 2018.'), [
    { kind: 'indirect', content: 'the release of fighters by foreign forces in 2018', cue: 'cited', source: 'Kabulov' },
  ]);
  assert.equal(one('The minister accused Washington of arming the group.')[0].content, 'Washington of arming the group');
});

test('content before the cue: "…, X said." and "…, according to X."', () => {
  assert.deepEqual(one('The campaign will spend more in Ohio, officials said.'), [
    { kind: 'indirect', content: 'The campaign will spend more in Ohio', cue: 'said', source: 'officials' },
  ]);
  assert.deepEqual(one('Turnout rose sharply in the north, according to the election commission.'), [
    { kind: 'indirect', content: 'Turnout rose sharply in the north', cue: 'according to', source: 'the election commission' },
  ]);
});

test('passive "it was reported by X that", possessive "X\'s claim that", and beliefs', () => {
  assert.deepEqual(one('It was reported by Reuters that the talks had stalled.')[0], { kind: 'indirect', content: 'that the talks had stalled', cue: 'was reported', source: 'Reuters' });
  assert.deepEqual(one("Kabulov's claim that the West created the group drew criticism.")[0].source, 'Kabulov');
  assert.deepEqual(one('The senator believes the deal will collapse by spring.')[0].content, 'the deal will collapse by spring');
});

test('a quoted fragment inside indirect speech makes a mixed quote', () => {
  assert.deepEqual(one('The mayor said the move was "a disaster for the city."'), [
    { kind: 'mixed', content: 'the move was "a disaster for the city."', cue: 'said', source: 'The mayor' },
  ]);
});

test('author voice is not a quote', () => {
  assert.deepEqual(one('American helicopters would suddenly appear and relocate the fighters to a secure location.'), []);
});

test('other languages: Russian, German, French', () => {
  assert.equal(all(run('Кабулов заявил, что группировка возникла десять лет назад.', [], 'ru'))[0]?.source, 'Кабулов');
  assert.equal(all(run('Laut Scholz, die Lage bleibt sehr angespannt im Osten.', [], 'de'))[0]?.source, 'Scholz');
  assert.equal(all(run('Selon Macron, la situation reste très tendue dans la région.', [], 'fr'))[0]?.cue, 'Selon');
});
