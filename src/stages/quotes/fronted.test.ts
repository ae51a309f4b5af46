// A fronted time or place phrase puts the speaker after the verb (issue 13): "Am Mittwoch sagte X, …", "В среду
// заявил X, что …", "Mercredi a déclaré X que …". Texts are short and written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFrontedAdverbial } from './fronted.js';
import { all, entity, runRules } from './test-helpers.js';

const pick = (doc: ReturnType<typeof runRules>) => all(doc).map(({ content, cue, source, entityId }) => ({ content, cue, source, entityId }));
const fronted = (phrase: string, lang: string) => isFrontedAdverbial(phrase, 0, phrase.length, lang);

test('de: "Am Mittwoch sagte X, …" takes the name after the verb, with or without "dass", and before a colon', () => {
  const text = [
    'Am Mittwoch sagte Innenministerin Nancy Faeser, man prüfe den Vorfall sehr genau.',
    'Am 5. Dezember sagte Faeser dem Sender RTVI, dass die Polizei mehr Personal bekomme.',
    'In Berlin sagte Faeser: „Wir lassen uns nicht einschüchtern.“',
  ].join('\n\n');
  const doc = runRules(text, [entity('f', 'person', text, [['Nancy Faeser', 'name'], ['Faeser', 'name']])], 'de');
  assert.deepEqual(pick(doc), [
    { content: 'man prüfe den Vorfall sehr genau', cue: 'sagte', source: 'Innenministerin Nancy Faeser', entityId: 'f' },
    { content: 'dass die Polizei mehr Personal bekomme', cue: 'sagte', source: 'Faeser', entityId: 'f' },
    { content: '„Wir lassen uns nicht einschüchtern.“', cue: 'sagte', source: 'Faeser', entityId: 'f' },
  ]);
});

test('ru: "В среду заявил министр X, что …" and "Вчера заявил X"; "В Москве заявили" with no name keeps its quote', () => {
  const text = [
    'В среду заявил министр Игорь Петров, что переговоры продолжатся в январе.',
    'Вчера заявил Петров журналистам, что делегация уже в пути.',
    'В Москве заявили, что ответ будет дан позже.',
  ].join('\n\n');
  const doc = runRules(text, [entity('p', 'person', text, [['Игорь Петров', 'name'], ['Петров', 'name']])], 'ru');
  const [first, second, third] = pick(doc);
  assert.deepEqual(first, { content: 'что переговоры продолжатся в январе', cue: 'заявил', source: 'министр Игорь Петров', entityId: 'p' });
  assert.deepEqual(second, { content: 'что делегация уже в пути', cue: 'заявил', source: 'Петров', entityId: 'p' });
  assert.equal(third?.content, 'что ответ будет дан позже');
});

test('fr: "Mercredi soir a déclaré X que …"; a fronted phrase with its comma and the subject before the verb is unchanged', () => {
  const text = 'Mercredi soir a déclaré Jean Dupont que les négociations continueront.\n\nMercredi, le gouvernement a déclaré que le texte serait retiré.';
  const doc = runRules(text, [entity('d', 'person', text, [['Jean Dupont', 'name']])], 'fr');
  assert.deepEqual(pick(doc), [
    { content: 'que les négociations continueront', cue: 'a déclaré', source: 'Jean Dupont', entityId: 'd' },
    { content: 'que le texte serait retiré', cue: 'a déclaré', source: 'le gouvernement', entityId: null },
  ]);
});

test('what reads as a fronted phrase, and what does not', () => {
  for (const [phrase, lang] of [['Am Mittwoch', 'de'], ['Am 5. Dezember', 'de'], ['Gestern', 'de'], ['In Berlin', 'de'], ['В среду', 'ru'], ['В Москве', 'ru'], ['Вчера', 'ru'], ['Mercredi', 'fr']]) {
    assert.ok(fronted(phrase, lang), phrase);
  }
  for (const [phrase, lang] of [['Die Ministerin', 'de'], ['Nancy Faeser', 'de'], ['Министр', 'ru'], ['Am Mittwoch, Faeser', 'de'], ['On Wednesday', 'en'], ['In einer langen Rede vor dem Parlament heute', 'de']]) {
    assert.ok(!fronted(phrase, lang), phrase);
  }
});

test('a time or place phrase right after the cue is not the start of the content', () => {
  const first = (text: string, lang: string) => pick(runRules(text, [], lang))[0]?.content;
  assert.equal(first('Faeser sagte am Mittwoch, man prüfe den Vorfall.', 'de'), 'man prüfe den Vorfall');
  assert.equal(first('Faeser sagte im Bundestag, dass man den Vorfall prüfe.', 'de'), 'dass man den Vorfall prüfe');
  assert.equal(first('Петров заявил в среду, что переговоры продолжатся.', 'ru'), 'что переговоры продолжатся');
  assert.equal(first('Dupont a déclaré mercredi que les négociations continueront.', 'fr'), 'que les négociations continueront');
  // A clause after the comma stays whole.
  assert.equal(first('Faeser sagte, in Berlin sei die Lage ruhig.', 'de'), 'in Berlin sei die Lage ruhig');
});
