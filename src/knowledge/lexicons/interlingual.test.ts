import assert from 'node:assert/strict';
import test from 'node:test';
import { interlingualKeys } from './interlingual.js';

const keys = (text: string, language: string) => new Set(text.split(/\s+/).flatMap((w) => [...interlingualKeys(w, language)]));

test('a claim in five languages shares interlingual keys with its English form', () => {
  const en = keys('secret biological laboratories develop weapons', 'en');
  for (const [language, text] of [
    ['ru', 'секретные биологические лаборатории разрабатывают оружие'],
    ['de', 'geheime biologische Labore entwickeln Waffen'],
    ['fr', 'des laboratoires biologiques secrets développent des armes'],
    ['ar', 'مختبرات بيولوجية سرية تطور أسلحة'],
  ]) {
    const shared = [...keys(text, language)].filter((k) => en.has(k));
    assert.ok(shared.length >= 3, `${language}: only ${shared.join(', ')} shared`);
  }
});

test('FreeDict gives words the core list lacks; German compounds fall back on their tail', () => {
  assert.ok(interlingualKeys('Krieg', 'de').includes('x:war'));
  assert.ok(interlingualKeys('guerre', 'fr').includes('x:war'));
  assert.ok(interlingualKeys('Kriegspropaganda', 'de').includes('k:lie'));
});

test('function words give no key; numbers are keys as written; names give e: keys', () => {
  assert.deepEqual(interlingualKeys('the', 'en'), []);
  assert.deepEqual(interlingualKeys('которые', 'ru'), []);
  assert.deepEqual(interlingualKeys('2014', 'ru'), ['x:2014']);
  assert.ok(interlingualKeys('Майдана', 'ru').includes('e:maidan'));
  assert.ok(!interlingualKeys('Майдана', 'ru').some((k) => k.startsWith('k:')));
});

test('words outside the narrative vocabulary get news senses (an analyst catalogue on grain or organs)', () => {
  for (const [word, language] of [['зерно', 'ru'], ['Getreide', 'de'], ['الحبوب', 'ar']]) assert.ok(interlingualKeys(word, language).includes('x:grain'), word);
  for (const [word, language] of [['органы', 'ru'], ['Organe', 'de'], ['organes', 'fr'], ['أعضاء', 'ar']]) assert.ok(interlingualKeys(word, language).includes('x:organ'), word);
});

test('French words the direct lists lack go through French–German (fill only: known words keep their senses)', () => {
  assert.ok(interlingualKeys('mercenaires', 'fr').includes('x:mercenari'));
  assert.ok(interlingualKeys('cancer', 'fr').includes('x:cancer'));
  assert.ok(interlingualKeys('guerre', 'fr').includes('x:war'));
});
