// A narrative needs its claim, not its topic (issue 12, precision; recall5): news naming ISIS and terrorism, a
// "when he is found", two sentences of which only one has a claim cue and that cue acts on someone else. Texts and
// catalogue written for this test, after the false positives seen on real English news (eval/narratives/real-articles.ts).
import assert from 'node:assert/strict';
import test from 'node:test';
import { interlingualKeys } from '../../knowledge/lexicons/index.js';
import { catalogueOptions, found, run } from './test-helpers.js';
import { WEST_CREATED_ISIS } from './test-catalogues.js';

const CATALOGUE = WEST_CREATED_ISIS;

const options = catalogueOptions(CATALOGUE);
const isis = (text: string, lang = 'en') => found(run(text, lang, options())).filter((f) => f.startsWith('west-created-isis'));

test('ISIS and terrorism named without a claim are news', () => {
  assert.deepEqual(isis('Truck attack in Nice\n\nThe attack was the latest in a string of incidents across Europe. In March, Islamic State attackers killed 32 people in bombings at the Brussels airport. France was rocked by a terrorist attack in November, when heavily armed gunmen killed 130 people in Paris. The Islamic State claimed responsibility for that attack.'), []);
});

test('"found" is the past of "find", not "founded"', () => {
  assert.deepEqual([...interlingualKeys('found', 'en')], ['x:find']);
  assert.ok(interlingualKeys('founded', 'en').includes('k:create'));
  assert.deepEqual(isis('Manhunt\n\nThe US military is hunting the ISIS leader, and when he is found he will be taken out.'), []);
});

test('the claim itself is still found', () => {
  assert.deepEqual(isis('Who is behind the caliphate\n\nThe United States created ISIS to break up Syria.'), ['west-created-isis asserts']);
});

const STAGED = `- id: west-staged-chemical-attacks
  title: The West staged chemical attacks in Syria
  description: Chemical attacks in Syria were staged by the West and the White Helmets to blame Assad.
  examples:
    - The West staged chemical attacks in Syria
    - The chemical attack in Douma was staged by the White Helmets
    - Western intelligence services staged chemical attacks in Syria to blame Assad
`;
const staged = (text: string, lang = 'en') => found(run(text, lang, catalogueOptions(STAGED)())).filter((f) => f.startsWith('west-staged'));

test('staged attacks without a chemical attack named are other news (topic target chemical-attack)', () => {
  assert.deepEqual(staged('Campaign trail\n\nRepublicans will hear that argument in Democratic attack ads tying them to the most provocative declarations of the West.'), []);
  // Named, in any language, the claim is still found (its stance is another test's).
  assert.equal(staged('Attaque chimique de Douma\n\nSelon Moscou, l’attaque chimique de Douma a été mise en scène par les Casques blancs.', 'fr').length > 0, true);
});
