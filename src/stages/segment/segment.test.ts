import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.js';
import { loadAbbreviations, loadOrdinalHeads } from './abbreviations.js';
import { segment } from './segment.js';
import { splitSentences } from './sentences.js';

const abbreviations = loadAbbreviations();
const split = (text: string) => splitSentences(text, 0, text.length, abbreviations).map((s) => text.slice(s.start, s.end));
const ordinalHeads = loadOrdinalHeads();
const splitDe = (text: string) => splitSentences(text, 0, text.length, abbreviations, ordinalHeads).map((s) => text.slice(s.start, s.end));

test('abbreviations, initials and decimals do not end a sentence', () => {
  assert.deepEqual(split('Mr. Smith met Gen. J. Doe in the U.S. Army base. Growth was 3.5 percent.'), [
    'Mr. Smith met Gen. J. Doe in the U.S. Army base.',
    'Growth was 3.5 percent.',
  ]);
});

test('a quote that ends a sentence stays with it, and a question inside a quote can end one', () => {
  assert.deepEqual(split('She said: “It is over. We won.” Then she left. “Why?” he asked.'), [
    'She said: “It is over.',
    'We won.”',
    'Then she left.',
    '“Why?” he asked.',
  ]);
});

test('a line break always ends a sentence; Russian and Arabic sentences split', () => {
  assert.deepEqual(split('First line without stop\nSecond line.'), ['First line without stop', 'Second line.']);
  assert.deepEqual(split('Он сказал это в 2018 г. в Москве. Потом уехал.'), ['Он сказал это в 2018 г. в Москве.', 'Потом уехал.']);
  assert.deepEqual(split('قال المبعوث ذلك. ثم غادر.'), ['قال المبعوث ذلك.', 'ثم غادر.']);
});

test('the segment stage marks the headline paragraph and numbers sentences by paragraph', () => {
  const doc = segment.create()(createDoc({ text: 'A headline\n\nOne. Two.\n\nThree.', meta: { title: 'A headline' } }));
  assert.deepEqual(doc.layers.paragraphs!.map((p) => p.kind), ['title', 'body', 'body']);
  assert.deepEqual(doc.layers.sentences!.map((s) => [doc.text.slice(s.start, s.end), s.paragraph]), [
    ['A headline', 0],
    ['One.', 1],
    ['Two.', 1],
    ['Three.', 2],
  ]);
});

test('a headline with its standfirst on the next line (no blank line between) is still a paragraph of its own', () => {
  const text = 'Mayor: the bridge stays shut; \nIn a statement, she gave no date.\n\nMore.';
  const doc = segment.create()(createDoc({ text, meta: { title: 'Mayor: the bridge stays shut;' } }));
  assert.deepEqual(doc.layers.paragraphs!.map((p) => [p.kind, text.slice(p.start, p.end)]), [
    ['title', 'Mayor: the bridge stays shut;'],
    ['body', 'In a statement, she gave no date.'],
    ['body', 'More.'],
  ]);
  // A first paragraph that only begins with the title's words is no title.
  const other = segment.create()(createDoc({ text: 'Mayor speaks\nagain today.', meta: { title: 'Mayor' } }));
  assert.deepEqual(other.layers.paragraphs!.map((p) => p.kind), ['body']);
});

test('a German ordinal in digits before a month or a counted noun ends no sentence', () => {
  assert.deepEqual(splitDe('Die Feier fand am 3. Oktober 1990 in Berlin statt. Danach ging es weiter.'), [
    'Die Feier fand am 3. Oktober 1990 in Berlin statt.',
    'Danach ging es weiter.',
  ]);
  assert.deepEqual(splitDe('Er sprach über die Ereignisse vom 11. September 2001 und über den 2. Weltkrieg im 20. Jahrhundert.'), [
    'Er sprach über die Ereignisse vom 11. September 2001 und über den 2. Weltkrieg im 20. Jahrhundert.',
  ]);
  // A sentence that ends on a number or a year, and a month that opens the next one, still split.
  assert.deepEqual(splitDe('Die Zahl stieg auf 2019. September brachte neue Zahlen.'), ['Die Zahl stieg auf 2019.', 'September brachte neue Zahlen.']);
  assert.deepEqual(splitDe('Es waren 12. Danach kam nichts mehr.'), ['Es waren 12.', 'Danach kam nichts mehr.']);
  assert.deepEqual(splitDe('Das Kapitel 3.5. September kommt später.'), ['Das Kapitel 3.5.', 'September kommt später.']);
});

test('the segment stage keeps a German date in one sentence', () => {
  const doc = segment.create()(createDoc({ text: 'Anschläge vom 11. September 2001 bleiben ein Thema. Zweiter Satz.', meta: { title: null } }));
  assert.deepEqual(doc.layers.sentences!.map((s) => doc.text.slice(s.start, s.end)), ['Anschläge vom 11. September 2001 bleiben ein Thema.', 'Zweiter Satz.']);
});
