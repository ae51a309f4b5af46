import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.js';
import { language } from './language.js';

const detect = language.create(undefined);

test('the language of English, Russian, Arabic, German and French articles', () => {
  const cases: [string, string][] = [
    ['en', 'The envoy said that the group was created a decade ago with foreign support.'],
    ['ru', 'Специальный представитель заявил, что группировка была создана десять лет назад.'],
    ['ar', 'قال المبعوث الخاص إن التنظيم أنشئ قبل عشر سنوات بدعم من الخارج.'],
    ['de', 'Der Sondergesandte sagte, die Gruppe sei vor zehn Jahren mit ausländischer Hilfe gegründet worden.'],
    ['fr', "L'envoyé spécial a déclaré que le groupe avait été créé il y a dix ans avec un soutien étranger."],
  ];
  for (const [code, text] of cases) assert.equal(detect(createDoc({ text })).meta.language, code, text);
});

test('the text wins over a wrong declared language, with a message saying so', () => {
  const doc = detect(createDoc({ text: 'The envoy said that the group was created a decade ago with foreign support.', meta: { language: 'de' } }));
  assert.equal(doc.meta.language, 'en');
  assert.equal(doc.messages[0].ruleId, 'language-mismatch');
});

test('too little text leaves the language unknown with a warning; force skips detection', () => {
  const doc = detect(createDoc({ text: 'Ok.' }));
  assert.equal(doc.meta.language, null);
  assert.equal(doc.messages[0].ruleId, 'language-unknown');
  assert.equal(language.create({ force: 'ps' })(createDoc({ text: 'Ok.' })).meta.language, 'ps');
});
