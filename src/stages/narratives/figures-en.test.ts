// English paraphrases and allusions (figures.ts, data/figures-en.yml): a well-known element of a story or a set
// phrase stands for the plain words of a catalogue's examples; the same words in other news do not make a claim.
// Sentences written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { figuresIn } from './figures.js';
import { catalogueOptions, found, run } from './test-helpers.js';
import { tokenize } from './tokens.js';

const CATALOGUE = `- id: coup
  title: The Maidan was a Western-backed coup
  examples:
    - The Maidan was a coup organised by the United States
    - The West financed the unconstitutional coup in Ukraine
- id: mh17
  title: MH17 was shot down by Ukraine
  examples:
    - MH17 was shot down by a Ukrainian fighter jet
    - The Ukrainian army shot down the Malaysian Boeing MH17
`;

const options = catalogueOptions(CATALOGUE);

const figures = (text: string) => {
  const tokens = tokenize(text);
  return figuresIn(tokens, 0, tokens.length, 'en').map((h) => h.figure.id);
};

test('paraphrases and allusions are found and mean their plain words', () => {
  assert.deepEqual(figures('The measures have turned against their authors.'), ['en-self-inflicted']);
  assert.deepEqual(figures('Everyone has heard the leaked phone call.'), ['en-coup-tapes']);
  assert.deepEqual(figures('A Buk launcher was seen near the border.'), ['en-mh17-elements']);
  assert.deepEqual(figures('Who really benefits from this war?'), ['en-cui-bono']);
  assert.deepEqual(figures('Is it a coincidence that the money arrived first?'), ['en-no-accident']);
  assert.deepEqual(figures('Berlin takes its orders from across the ocean.'), ['en-vassal']);
  assert.deepEqual(figures('None of this happened by accident.'), ['en-no-accident']);
  assert.deepEqual(figures('The gunmen were hired hands.'), ['en-guiding-hand']);
  const tokens = tokenize('Europe is going through deindustrialisation.');
  assert.ok(figuresIn(tokens, 0, tokens.length, 'en')[0].figure.keys.includes('k:economy'));
});

test('the same words in other contexts are no figure', () => {
  assert.deepEqual(figures('The bakery handed out pastries to children at the fair.'), []);
  assert.deepEqual(figures('He took a phone call from the mayor.'), []);
  assert.deepEqual(figures('The invisible hand of the market sets the price.'), []);
  assert.deepEqual(figures('The coach said the team needs more orders of magnitude in training.'), []);
});

test('an allusion meets the narrative where its actors are named; alone it is no claim', () => {
  assert.deepEqual(found(run('Column\n\nThe leaked phone call showed that Washington picked the government in Kyiv.', 'en', options())), ['coup asserts']);
  assert.deepEqual(found(run('Column\n\nThe phone call showed that Washington picked the government in Kyiv.', 'en', options())), []);
  assert.deepEqual(found(run('Column\n\nThe leaked phone call was played on the radio on Friday.', 'en', options())), []);
});

test('a lie of place is no lie of deceit (recall5, precision)', () => {
  const keysOf = (text: string) => new Set(figuresIn(tokenize(text), 0, tokenize(text).length, 'en').flatMap((h) => [...h.figure.keys]));
  assert.ok(keysOf('They also lie in a media market dead zone').has('x:locat'));
  assert.ok(!keysOf('Western media lie about Russia').has('x:locat'));
});

test('a disease passing on its own is transmission, not someone spreading it (recall5, precision)', () => {
  const keysOf = (text: string) => new Set(figuresIn(tokenize(text), 0, tokenize(text).length, 'en').flatMap((h) => [...h.figure.keys]));
  assert.ok(keysOf('the fever is spread by mosquitoes').has('x:transmit'));
  assert.ok(keysOf('the virus spreads in the country every summer').has('x:transmit'));
  assert.ok(!keysOf('the army spread the virus in the city').has('x:transmit'));
});
