import assert from 'node:assert/strict';
import test from 'node:test';
import { interlingualKeys } from './interlingual.js';
import { russianReadings } from './russian-readings.js';

test('a Russian word is read again with shorter endings and its fleeting vowel back, the least stripped first', () => {
  assert.ok(russianReadings('земли').includes('земл'));
  assert.ok(russianReadings('рынке').includes('рынок'));
  assert.ok(russianReadings('уровне').includes('уровен'));
  const r = russianReadings('земли');
  assert.deepEqual([...r].sort((a, b) => b.length - a.length), r);
  assert.deepEqual(russianReadings('NATO'), []);
});

test('the lexicon finds Russian case forms its light stem misses', () => {
  assert.ok(interlingualKeys('рынке', 'ru').includes('x:market'));
  assert.ok(interlingualKeys('уровне', 'ru').includes('x:level'));
  assert.ok(interlingualKeys('земли', 'ru').includes('x:earth'));
});

test('the other cases of a feminine noun in -ь meet its nominative', () => {
  // Regression: "нефть" stems to "неф" (-ть as in an infinitive), "нефти" to "нефт": the oil of an article was no key.
  assert.ok(interlingualKeys('нефти', 'ru').includes('x:oil'));
  assert.ok(interlingualKeys('нефтью', 'ru').includes('x:oil'));
  assert.deepEqual(interlingualKeys('нефти', 'ru'), interlingualKeys('нефть', 'ru'));
});
