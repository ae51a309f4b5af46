import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.js';
import { outsideLanguages } from './coverage.js';
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

// Regressions from real pages (issue 13), written by hand in the same shape.
const ENGLISH = [
  'The envoy told the channel that the group had been set up with the help of foreign services, and that its fighters were moved by helicopter.',
  'He said the claims were not new: officials in Kabul have repeated them for years, but they have never shown any evidence for them.',
  'Analysts who follow the region say that the story serves the interests of those who want the West to be blamed for the violence.',
].join('\n\n');

test('a line of icon names does not flip a long English page (was "ber")', () => {
  const text = `facebook twitter whatsapp telegram linkedin pinterest reddit email print\n\n${ENGLISH}\n\nchevron-down arrow-right search close menu bars`;
  const doc = detect(createDoc({ text }));
  assert.equal(doc.meta.language, 'en');
  assert.deepEqual(doc.layers.languages, []);
});

test('foreign names in English prose do not make it Berber, Latin or Polish', () => {
  const cases = [
    // "ber": a title and caption full of Chinese names
    'Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader Carrie Lam\n\nTsai Ing-wen speaks during a televised policy debate in Taipei on December 29 in the run-up to the election.',
    // "la": a recipe whose dish names read as Latin
    'Bhindi masala (okra stir fry)\n\nBhindi masala is a popular recipe made with bhindi, tomatoes, onion and some spices and herbs.\n\nYou can make many popular dishes with bhindi like bhindi bhurji, bhindi do pyaza and bharwa bhindi.',
    // "pl": a headline of names and a name-heavy first paragraph
    'Meet Cultural Cultivation Artist Alexandria Douziech\n\nDouziech is the current Artist In Residence at Blue Roof Studio, where she works with plants and the people who grow them.',
  ];
  for (const text of cases) assert.equal(detect(createDoc({ text })).meta.language, 'en', text.slice(0, 40));
});

test('majority by characters: a short foreign paragraph is kept as a language span, not the document language', () => {
  const quote = 'Der Sondergesandte sagte, die Gruppe sei vor zehn Jahren mit ausländischer Hilfe gegründet worden.';
  const doc = detect(createDoc({ text: `${ENGLISH}\n\n${quote}` }));
  assert.equal(doc.meta.language, 'en');
  const [span] = doc.layers.languages ?? [];
  assert.equal(span?.language, 'de');
  assert.equal(doc.text.slice(span.start, span.end), quote);
});

test('script decides short Cyrillic and Arabic text the model cannot', () => {
  assert.equal(detect(createDoc({ text: 'Кабулов: США создали ИГ' })).meta.language, 'ru');
  assert.equal(detect(createDoc({ text: 'كابولوف: أمريكا أنشأت داعش' })).meta.language, 'ar');
});

test('a page that declares its language keeps it when the text is mixed', () => {
  const text = `${ENGLISH.split('\n\n')[0]}\n\nDer Sondergesandte sagte, die Gruppe sei vor zehn Jahren mit ausländischer Hilfe gegründet worden, und er wiederholte es.`;
  const doc = detect(createDoc({ text, meta: { language: 'de' } }));
  assert.equal(doc.meta.language, 'de');
});

test('a stage outside its languages gets a coded warning', () => {
  const pl = detect(createDoc({ text: 'Minister powiedział, że to nie jest prawda, i dodał, że rząd nie zmieni swojego stanowiska w tej sprawie.' }));
  assert.equal(pl.meta.language, 'pl');
  const warning = outsideLanguages(pl, 'quotes', ['en'], 'The attribution tagger');
  assert.equal(warning?.ruleId, 'language-untrained');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.actual, 'pl');
  assert.equal(outsideLanguages(detect(createDoc({ text: ENGLISH })), 'quotes', ['en'], 'The attribution tagger'), null);
});
