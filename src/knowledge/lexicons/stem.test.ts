import assert from 'node:assert/strict';
import test from 'node:test';
import { stem } from './stem.js';

const same = (language: string, words: string[]) => {
  const stems = new Set(words.map((w) => stem(w, language)));
  assert.equal(stems.size, 1, `${language}: ${words.join(', ')} → ${[...stems].join(', ')}`);
};

test('inflections of a word meet at one stem in each language', () => {
  same('en', ['created', 'creates', 'creating']);
  same('ru', ['создали', 'создать', 'создал']);
  same('ru', ['нацисты', 'нацистов', 'нацистам']);
  same('ru', ['переворот', 'переворота', 'переворотом']);
  same('de', ['unterstützen', 'unterstützt', 'unterstützten']);
  same('de', ['Regierung', 'Regierungen']);
  same('fr', ['créer', 'créé', 'créée']);
  same('fr', ['agression', 'agressions']);
  same('ar', ['الانقلاب', 'انقلاب', 'والانقلاب']);
});

test('a stem keeps enough of the word: short words are left whole', () => {
  assert.equal(stem('был', 'ru'), 'был');
  assert.equal(stem('Gas', 'de'), 'gas');
  assert.equal(stem('ثم', 'ar'), 'ثم');
});

test('a language without a stemmer gets the folded word', () => {
  assert.equal(stem('Ёлка', 'uk'), 'елка');
  assert.equal(stem('Café', 'es'), 'cafe');
});
