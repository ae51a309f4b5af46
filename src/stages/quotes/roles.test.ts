// Role nouns standing for a person named before, the French "a-t-il ajouté" inversion, the German "fügte er hinzu",
// and a long Arabic role phrase before the name (issue 13, second round). Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { isRolePhrase } from './roles.js';
import { all, entity, run, runRules } from './test-helpers.js';

const pick = (doc: ReturnType<typeof runRules>) => all(doc).map(({ cue, source, entityId }) => ({ cue, source, entityId }));
const person = (id: string, text: string, forms: string[]): Entity => entity(id, 'person', text, forms.map((f) => [f, 'name'] as [string, 'name']));

test('role phrases: a determiner and a role noun, never a name or a longer phrase', () => {
  assert.ok(isRolePhrase('the envoy', 'en'));
  assert.ok(isRolePhrase('дипломата', 'ru'));
  assert.ok(isRolePhrase('der Diplomatin', 'de'));
  assert.ok(isRolePhrase('la diplomate', 'fr'));
  assert.ok(!isRolePhrase('Zamir Kabulov', 'en'));
  assert.ok(!isRolePhrase('the envoy of the president of Russia', 'en'));
  assert.ok(!isRolePhrase('Officials', 'en'));
});

test('ru/de/fr: "по словам дипломата", "nach Angaben der Diplomatin", "selon la diplomate" are the last person speaker', () => {
  const ru = 'Анна Петрова заявила, что переговоры продолжатся.\n\nПо словам дипломата, встреча пройдёт в Женеве.';
  assert.deepEqual(pick(runRules(ru, [person('p', ru, ['Анна Петрова'])], 'ru'))[1], { cue: 'По словам', source: 'дипломата', entityId: 'p' });
  const de = 'Anna Petrowa sagte, die Gespräche würden fortgesetzt.\n\nNach Angaben der Diplomatin findet das Treffen in Genf statt.';
  assert.deepEqual(pick(runRules(de, [person('p', de, ['Anna Petrowa'])], 'de'))[1], { cue: 'Nach Angaben', source: 'der Diplomatin', entityId: 'p' });
  const fr = 'Anna Petrova a déclaré que les discussions continueraient.\n\nSelon la diplomate, la réunion aura lieu à Genève.';
  assert.deepEqual(pick(runRules(fr, [person('p', fr, ['Anna Petrova'])], 'fr'))[1], { cue: 'Selon', source: 'la diplomate', entityId: 'p' });
});

test('ru: a role noun before any named speaker stays unlinked, and a role with a name after it is the name', () => {
  const text = 'По словам дипломата, встреча пройдёт в Женеве.';
  assert.deepEqual(pick(runRules(text, [], 'ru')), [{ cue: 'По словам', source: 'дипломата', entityId: null }]);
});

test('fr: "« … », a-t-il ajouté" and "Il a également souligné que" are the last speaker\'s', () => {
  const text = 'Jean Martin a déclaré que le projet avançait.\n\n« Rien n\'est encore décidé », a-t-il ajouté.\n\nIl a également souligné que le calendrier restait ouvert.';
  assert.deepEqual(pick(runRules(text, [person('j', text, ['Jean Martin'])], 'fr')), [
    { cue: 'a déclaré', source: 'Jean Martin', entityId: 'j' },
    { cue: 'a-t-il ajouté', source: 'il', entityId: 'j' },
    { cue: 'a également souligné', source: 'Il', entityId: 'j' },
  ]);
});

test('de: "„…“, fügte er hinzu" is the last speaker\'s', () => {
  const text = 'Jonas Weber sagte, das Projekt komme voran.\n\n"Es ist noch nichts entschieden", fügte er hinzu.';
  assert.deepEqual(pick(runRules(text, [person('w', text, ['Jonas Weber'])], 'de'))[1], { cue: 'fügte', source: 'er', entityId: 'w' });
});

test('ar: a role phrase of six words before the name ends at the name, not at the ministry', () => {
  const text = 'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا يوم الخميس إن موسكو لم تتلق أي مقترحات.';
  const mfa = entity('m', 'organization', text, [['وزارة الخارجية الروسية', 'name']]);
  const [q] = pick(runRules(text, [person('z', text, ['ماريا زاخاروفا']), mfa], 'ar'));
  assert.deepEqual(q, { cue: 'قالت', source: 'المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا', entityId: 'z' });
});


test('en: "The envoy added", "the diplomat told" after "Zamir Kabulov, Russia\'s presidential envoy for Afghanistan, has said" are Kabulov\'s', () => {
  const text = 'Zamir Kabulov, Russia\'s presidential envoy for Afghanistan, has said that the group was built from outside.\n\nThe envoy added that Moscow had shared its findings with partners.\n\n"We have seen the helicopters," the diplomat told reporters.';
  const afghanistan = entity('a', 'place', text, [['Afghanistan', 'name']]);
  const got = all(run(text, [person('k', text, ['Zamir Kabulov']), afghanistan])).map(({ cue, source, entityId }) => ({ cue, source, entityId }));
  assert.deepEqual(got, [
    { cue: 'has said', source: "Zamir Kabulov, Russia's presidential envoy for Afghanistan", entityId: 'k' },
    { cue: 'added', source: 'The envoy', entityId: 'k' },
    { cue: 'told', source: 'the diplomat', entityId: 'k' },
  ]);
});

test('en: a role noun before any person is named stays unlinked, and a generic plural is no person', () => {
  const text = 'The envoy said that the talks would resume in spring.\n\nOfficials said the claims were baseless.';
  const got = all(run(text, [])).map(({ source, entityId }) => ({ source, entityId }));
  assert.deepEqual(got, [{ source: 'The envoy', entityId: null }, { source: 'Officials', entityId: null }]);
});
