// What a claim acts on (topic-targets.ts: claimAims, saysAim): "the West created ISIS" has ISIS as what the West
// creates, so a sentence whose "created"/"armed" acts on something else ("a coalition against ISIS", "the Iraqi army")
// does not say it; "Western media lie" has the media lie or censor, so a sentence that shares the media and the West
// but says no lying does not say it. Texts and catalogue written for this test, after the false positives seen on
// real English news (eval/narratives/real-articles.ts).
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Narrative } from '../../knowledge/narratives/index.js';
import type { Reading } from './reading.js';
import { actingTargets, claimAims, saysAim } from './topic-targets.js';
import { catalogueOptions, found, run } from './test-helpers.js';
import { WEST_CREATED_ISIS } from './test-catalogues.js';

const CATALOGUE = `${WEST_CREATED_ISIS}- id: western-media-lie
  title: Western media lie and censor
  description: Western media spread lies about Russia and censor the truth.
  examples:
    - Western media lie about Russia
    - Western media censor the truth and spread propaganda
    - The mainstream media in the West hide the truth from their readers
`;

const options = catalogueOptions(CATALOGUE);
const isis = (text: string, lang = 'en') => found(run(text, lang, options())).filter((f) => f.startsWith('west-created-isis'));
const media = (text: string, lang = 'en') => found(run(text, lang, options())).filter((f) => f.startsWith('western-media-lie'));

test('a claim cue acting on something else than ISIS says no "West created ISIS"', () => {
  assert.deepEqual(isis('Coalition news\n\nThe United States created a broad coalition against ISIS in 2014.'), []);
  assert.deepEqual(isis('Book offer\n\nISIS is back in the news. Americans, arm yourselves with the facts before the vote.'), []);
  assert.deepEqual(isis('Iraq report\n\nISIS was driven out of the city. The Iraqi army that drove it out was trained and armed by the United States.'), []);
  // A frame may read ISIS as the patient further off; the English object right after the verb is what it acts on.
  assert.deepEqual(isis('Campaign notes\n\nThe US senator said American policies created the conditions for the rise of the Islamic State.'), []);
});

test('the same cues acting on ISIS still say it, in any order or language', () => {
  assert.deepEqual(isis('Opinion\n\nThe United States created ISIS to keep the region weak.'), ['west-created-isis asserts']);
  assert.deepEqual(isis('Opinion\n\nWashington created the so-called Islamic State and armed its fighters.'), ['west-created-isis asserts']);
  assert.deepEqual(isis('Opinion\n\nDaesh is a monster that the Americans brought to life.'), ['west-created-isis asserts']);
  assert.deepEqual(isis('Мнение\n\nПо его словам, Вашингтон снабжает боевиков ИГИЛ деньгами и оружием.', 'ru'), ['west-created-isis reports']);
});

test('a narrative that has the media lie or censor asks a unit for a lie or censorship sense, not the media alone', () => {
  const n: Narrative = { id: 'm', title: 'Western media lie and censor', description: null, examples: ['Western media lie about Russia', 'Western media censor the truth', 'The mainstream media in the West hide the truth'].map((text) => ({ text, language: 'en', source: null, date: null })), keywords: {}, entities: [], predicates: [], parent: null, source: null, note: null, origin: { file: 'x', line: 1 } };
  assert.deepEqual(actingTargets(n).map((t) => t.id), ['media']);
  const [aim] = claimAims({}, [n], () => [], () => []);
  const r: Reading = { text: '', language: 'en', tokens: [], participants: [], predicates: [], marks: [] };
  // "Wilson told The Post and Courier newspaper …": the media and a newspaper, no lying.
  assert.equal(saysAim(r, 0, 0, [], aim!, [new Set(['x:told', 'x:newspap'])]), false);
  assert.equal(saysAim(r, 0, 0, [], aim!, [undefined, new Set(['x:buri']), new Set(['k:lie', 'x:propaganda'])]), true);
});

test('media named lying or censoring still say it', () => {
  assert.deepEqual(media('Opinion\n\nWestern media lie about Russia every single day.'), ['western-media-lie asserts']);
  assert.deepEqual(media('Meinung\n\nDie westlichen Medien verschweigen die Wahrheit über Russland.', 'de'), ['western-media-lie asserts']);
});
