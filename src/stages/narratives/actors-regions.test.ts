// Actor classes of data/actors-regions.yml: Moscow and the Kremlin stand for Russia, the European states for Europe,
// but the EU as a body is not "Europe" (it imposes sanctions; the narrative's Europe suffers them). Sentences
// written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { createConcepts } from './concepts.js';
import { loadLexicon } from './lexicon.js';
import { catalogueOptions, found, run } from './test-helpers.js';

const CATALOGUE = `- id: encircle
  title: NATO is encircling Russia
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
- id: sanctions
  title: Sanctions hurt Europe more than Russia
  examples:
    - The sanctions against Russia hurt Europe more than Russia
    - European households pay for the sanctions with high energy prices
`;

const options = catalogueOptions(CATALOGUE);

const MH17 = `- id: mh17
  title: MH17 was shot down by Ukraine
  examples:
    - Ukraine shot down MH17
    - A Ukrainian missile destroyed the Malaysian airliner
    - Kyiv is responsible for the downing of flight MH17
`;

test('Moscow and the Kremlin are Russia; European states are Europe; the EU is not', () => {
  const c = createConcepts(loadGazetteer(), loadLexicon());
  assert.ok(c.of('moscow').includes('russia'));
  assert.ok(c.of('kremlin').includes('russia'));
  assert.ok(c.of('germany').includes('europe') && c.of('germany').includes('west'));
  assert.ok(c.of('italy').includes('europe'));
  assert.ok(!c.of('european-union').includes('europe'));
  assert.ok(!c.of('russia').includes('europe') && !c.of('ukraine').includes('europe'));
});

test('a claim naming Moscow for Russia meets a narrative whose examples name Russia', () => {
  const text = 'NATO closes in\n\nNATO is encircling Moscow with new military bases in the Baltic states.';
  assert.ok(found(run(text, 'en', options())).some((f) => f.startsWith('encircle ')), JSON.stringify(found(run(text, 'en', options()))));
});

test('an EU sanctions package is news, not "sanctions hurt Europe"', () => {
  assert.deepEqual(found(run('EU agrees new sanctions on Russia\n\nThe European Union agreed a new package of sanctions against Russia on Friday.', 'en', options())), []);
});

test('a state\'s army acts for the state: the Ukrainian armed forces meet a narrative that names Ukraine', () => {
  const c = createConcepts(loadGazetteer(), loadLexicon());
  assert.ok(c.of('armed-forces-of-ukraine').includes('ukraine'));
  assert.ok(c.of('russian-armed-forces').includes('russia'));
  assert.ok(!c.of('kyiv').includes('ukraine'), 'the capital is not a member (it cost more than it found)');
  const text = 'Who downed the airliner\n\nThe Malaysian airliner was shot down by a missile of the Ukrainian Armed Forces, the blogger wrote in his own post.';
  const got = found(run(text, 'en', catalogueOptions(MH17)()));
  assert.ok(got.some((f) => f.startsWith('mh17 ')), JSON.stringify(got));
});
