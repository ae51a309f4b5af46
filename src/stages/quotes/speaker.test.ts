// Issue 13: who the speaker of a source phrase is (English). Entities by hand, as the entities stage finds them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveSpeaker, indexMentions } from './speaker.js';
import { all, entity, run } from './test-helpers.js';

const KABULOV = "Zamir Kabulov, Russia's presidential envoy for Afghanistan, has said that the US created ISIS.";

test('an apposition after a name is a role, not the speaker', () => {
  const list = [
    entity('kabulov', 'person', KABULOV, [['Zamir Kabulov', 'name']]),
    entity('russia', 'place', KABULOV, [['Russia', 'name']]),
    entity('afghanistan', 'place', KABULOV, [['Afghanistan', 'name']]),
  ];
  const [q] = all(run(KABULOV, list));
  assert.equal(q.entityId, 'kabulov');
  assert.equal(q.speaker, 'Zamir Kabulov');
  // The role before the name, too.
  const text = 'The Russian Envoy to Afghanistan, Zamir Kabulov, said the talks failed.';
  const index = indexMentions([entity('kabulov', 'person', text, [['Zamir Kabulov', 'name']]), entity('afghanistan', 'place', text, [['Afghanistan', 'name']])]);
  assert.equal(resolveSpeaker(text, { start: 0, end: text.indexOf(' said') }, index)?.entityId, 'kabulov');
});

test('a name that only modifies a common noun is not the speaker, unless its officials speak for it', () => {
  const text = 'Civil War historians said it. Air Force officials said it. Trump campaign officials said it.';
  const index = indexMentions([
    entity('war', 'other', text, [['Civil War', 'name']]),
    entity('af', 'organization', text, [['Air Force', 'name']]),
    entity('trump', 'person', text, [['Trump', 'name']]),
  ]);
  const speaker = (phrase: string) => {
    const start = text.indexOf(phrase);
    return resolveSpeaker(text, { start, end: start + phrase.length }, index);
  };
  assert.deepEqual(speaker('Civil War historians'), { entityId: null, name: 'Civil War historians', span: { start: 0, end: 20 } });
  assert.equal(speaker('Air Force officials')?.entityId, 'af');
  assert.equal(speaker('Trump campaign officials')?.entityId, null);
  assert.equal(speaker('Air Force')?.entityId, 'af');
  // Not in Russian: "— сказал Лавров журналистам" is Lavrov speaking to reporters.
  const ru = 'сказал Лавров журналистам';
  const lavrov = indexMentions([entity('lavrov', 'person', ru, [['Лавров', 'name']])]);
  assert.equal(resolveSpeaker(ru, { start: 7, end: ru.length }, lavrov, 'ru')?.entityId, 'lavrov');
});

test('labels, dates and function words name nobody ("Review", "Schon am Dienstag")', () => {
  const text = 'Review said so. Schon am Dienstag sagte er das.';
  assert.equal(resolveSpeaker(text, { start: 0, end: 6 }, []), null);
  assert.equal(resolveSpeaker(text, { start: 16, end: 33 }, []), null);
  assert.equal(resolveSpeaker(text, { start: 16, end: 33 }, [])?.name, undefined);
  assert.equal(resolveSpeaker('Officials said so.', { start: 0, end: 9 }, [])?.name, 'Officials');
  assert.equal(resolveSpeaker('She said so.', { start: 0, end: 3 }, [])?.name, 'She');
  assert.equal(resolveSpeaker('Many said so.', { start: 0, end: 4 }, [])?.name, 'Many');
});

test('"who" as the source (PolNeAR marks it alone) names its antecedent, and keeps its own span', () => {
  const text = 'Prices fell, said Mr. Ekovich, who noted that land got cheaper.';
  const who = { start: text.indexOf('who'), end: text.indexOf('who') + 3 };
  const index = indexMentions([entity('ekovich', 'person', text, [['Mr. Ekovich', 'name']])]);
  assert.deepEqual(resolveSpeaker(text, who, index), { entityId: 'ekovich', name: 'Mr. Ekovich', span: who });
  // With no entity: the noun phrase before it.
  const plain = 'An influential Hispanic consultant who said he would not vote.';
  const at = plain.indexOf('who');
  assert.equal(resolveSpeaker(plain, { start: at, end: at + 3 }, [])?.name, 'An influential Hispanic consultant');
});

test('a place after a preposition of place says where the speakers are, not who they are ("Officials in Spokane")', () => {
  const check = (text: string, place: string, lang: string) => {
    const index = indexMentions([entity('p', 'place', text, [[place, 'name']])]);
    return resolveSpeaker(text, { start: 0, end: text.indexOf(place) + place.length }, index, lang);
  };
  assert.deepEqual(check('Officials in Spokane said it.', 'Spokane', 'en'), { entityId: null, name: 'Officials in Spokane', span: { start: 0, end: 20 } });
  assert.equal(check('Police at the Spokane said it.', 'Spokane', 'en')?.entityId, null);
  assert.equal(check('Vertreter in Berlin sagten das.', 'Berlin', 'de')?.entityId, null);
  assert.equal(check('Les responsables à Spokane ont dit.', 'Spokane', 'fr')?.entityId, null);
  assert.equal(check('Чиновники в Спокане заявили.', 'Спокане', 'ru')?.entityId, null);
  assert.equal(check('مسؤولون في سبوكان قالوا', 'سبوكان', 'ar')?.entityId, null);
  // The place alone, or governing the phrase, still speaks ("Spokane said", "the government of Russia").
  assert.equal(check('Spokane said it.', 'Spokane', 'en')?.entityId, 'p');
  assert.equal(check('The government of Russia said it.', 'Russia', 'en')?.entityId, 'p');
  // "of" only after a noun for the people of a place.
  assert.equal(check('Residents of Olympia said it.', 'Olympia', 'en')?.entityId, null);
  const olympia = 'Residents of Olympia said it.';
  const unknown = indexMentions([entity('o', 'other', olympia, [['Olympia', 'name']])]);
  assert.equal(resolveSpeaker(olympia, { start: 0, end: 20 }, unknown)?.entityId, null);
  // The modifier reading still holds before the place: "Russian officials in Kabul" are Russia's.
  const text = 'Russian officials in Kabul said it.';
  const index = indexMentions([entity('ru', 'place', text, [['Russian', 'adjective']]), entity('kabul', 'place', text, [['Kabul', 'name']])]);
  assert.equal(resolveSpeaker(text, { start: 0, end: 26 }, index)?.entityId, 'ru');
});
