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

test('a derivational ending never leaves a three-letter French stem that unrelated words share', () => {
  // Regression: "vérité" stemmed to "ver", the key of "verser" and "vers" (truth read as pour / towards).
  assert.notEqual(stem('vérité', 'fr'), stem('verser', 'fr'));
  assert.notEqual(stem('vérité', 'fr'), stem('vers', 'fr'));
  same('fr', ['vérité', 'vérités']);
  // The word keeps its ending whole, so that its forms still meet.
  same('fr', ['nation', 'nations']);
  same('fr', ['société', 'sociétés']);
  // Inflections are not derivations: they still leave a short stem.
  same('fr', ['armée', 'armées', 'armes']);
  for (const w of ['vérité', 'nation', 'action', 'armement', 'création', 'menteuse', 'actif', 'unité']) {
    assert.ok(stem(w, 'fr').length >= 4, `${w} → ${stem(w, 'fr')}`);
  }
});

test('a language without a stemmer gets the folded word', () => {
  assert.equal(stem('Ёлка', 'uk'), 'елка');
  assert.equal(stem('Café', 'es'), 'cafe');
});
