import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, byId, mentionsOf } from './test-helpers.js';

test('full name, then surname, then he', () => {
  const list = analyse('Zamir Kabulov spoke on Monday. Kabulov said the talks failed. He blamed Washington.');
  assert.deepEqual(mentionsOf(byId(list, 'zamir-kabulov')), ['Zamir Kabulov/name', 'Kabulov/surname', 'He/pronoun']);
});

test('a gazetteer surname alone links, a shared one only after the full name', () => {
  assert.deepEqual(mentionsOf(byId(analyse('Putin spoke.'), 'vladimir-putin')), ['Putin/surname']);
  assert.equal(byId(analyse('Clinton spoke.'), 'hillary-clinton'), undefined);
  const list = analyse('Hillary Clinton spoke. Clinton left.');
  assert.deepEqual(mentionsOf(byId(list, 'hillary-clinton')), ['Hillary Clinton/name', 'Clinton/surname']);
});

test('roles from appositions, and the role noun later', () => {
  const a = analyse('The Russian envoy to Kabul, Ivan Petrov, met the delegation. Later the envoy left.');
  const petrov = a.find((e) => e.canonical === 'Ivan Petrov')!;
  assert.equal(petrov.type, 'person');
  assert.equal(petrov.role!.text, 'Russian envoy to Kabul');
  assert.deepEqual(mentionsOf(petrov), ['Ivan Petrov/name', 'the envoy/title']);
  const b = analyse('Anna Berg, the Swedish ambassador, arrived. The ambassador said she was glad.');
  const berg = b.find((e) => e.canonical === 'Anna Berg')!;
  assert.equal(berg.role!.text, 'Swedish ambassador');
  assert.deepEqual(mentionsOf(berg), ['Anna Berg/name', 'The ambassador/title', 'she/pronoun']);
  const c = analyse('Taliban spokesman Zabihullah Mujahid denied it.');
  assert.equal(byId(c, 'zabihullah-mujahid')!.role!.text, 'Taliban spokesman');
});

test('a gazetteer role lets "the envoy" find the person when the text gives none', () => {
  const list = analyse('Zamir Kabulov arrived in Doha. The envoy met Qatari officials.');
  assert.deepEqual(mentionsOf(byId(list, 'zamir-kabulov')), ['Zamir Kabulov/name', 'The envoy/title']);
});

test('pronouns: gender, a two-sentence window, cataphora, and never "they"', () => {
  const a = analyse('Maria Zakharova spoke. Sergey Lavrov listened. She said he was wrong.');
  assert.deepEqual(mentionsOf(byId(a, 'maria-zakharova')), ['Maria Zakharova/name', 'She/pronoun']);
  assert.deepEqual(mentionsOf(byId(a, 'sergey-lavrov')), ['Sergey Lavrov/name', 'he/pronoun']);
  const far = analyse('Ivan Petrov spoke. The rain fell. The wind rose. Then he left.');
  assert.deepEqual(mentionsOf(far.find((e) => e.canonical === 'Ivan Petrov')), ['Ivan Petrov/name']);
  const cata = analyse('To back his claim, Kabulov cited a report.');
  assert.deepEqual(mentionsOf(byId(cata, 'zamir-kabulov')), ['his/pronoun', 'Kabulov/surname']);
  const they = analyse('Zamir Kabulov met them. They agreed.');
  assert.equal(byId(they, 'zamir-kabulov')!.mentions.length, 1);
});

test('"they" after an opening clause names the last party of that clause; elsewhere it stays unlinked', () => {
  const seed = analyse('Despite conveying this to the Americans and their allies, they played down the threat.');
  assert.deepEqual(mentionsOf(byId(seed, 'united-states')), ['Americans/adjective', 'they/pronoun']);
  const org = analyse('After NATO met on Monday, they said the plan held.');
  assert.deepEqual(mentionsOf(byId(org, 'nato')), ['NATO/name', 'they/pronoun']);
  const person = analyse('After Zamir Kabulov spoke, they left.');
  assert.equal(byId(person, 'zamir-kabulov')!.mentions.length, 1, 'never a person');
  const main = analyse('The Americans came, and the talks began, they said.');
  assert.equal(byId(main, 'united-states')!.mentions.length, 1, 'not after a main clause');
  const bare = analyse('The Americans left. They said nothing.');
  assert.equal(byId(bare, 'united-states')!.mentions.length, 1);
});

test('names the gazetteer does not know, typed by cues', () => {
  const list = analyse('Mr. John Smith met Fatima Rahimi in Sar-e Pol. The Ministry of Rural Affairs and the Kabul Tribune agreed. Initially, nothing happened.');
  const type = (name: string) => list.find((e) => e.canonical === name)?.type;
  assert.equal(type('John Smith'), 'person');
  assert.equal(type('Fatima Rahimi'), 'person');
  assert.equal(type('Sar-e Pol'), 'place');
  assert.equal(type('Ministry of Rural Affairs'), 'organization');
  assert.equal(type('Kabul Tribune'), 'media');
  assert.equal(list.find((e) => e.canonical === 'Initially'), undefined);
  for (const e of list.filter((x) => !x.gazetteerId)) assert.equal(e.gazetteerId, null);
});

test('an acronym in brackets becomes an alias everywhere', () => {
  const list = analyse('The Balochistan Liberation Army (BLA) attacked a convoy. Later the BLA denied it.');
  const bla = list.find((e) => e.canonical === 'Balochistan Liberation Army')!;
  assert.equal(bla.type, 'organization');
  assert.deepEqual(bla.aliases, ['Balochistan Liberation Army', 'BLA']);
  assert.equal(bla.mentions.length, 3);
  assert.equal(list.length, 1);
});

test('German is conservative: capitalised nouns are not names, a title before one is', () => {
  const list = analyse('Die Regierung und der Minister Hans Weber trafen den Botschafter in Berlin.', 'de');
  assert.deepEqual(list.map((e) => e.canonical), ['Hans Weber', 'Berlin']);
});
