import assert from 'node:assert/strict';
import test from 'node:test';
import { frenchReadings } from './french-readings.js';
import { interlingualKeys } from './interlingual.js';

test('a French word is read again as its singular and with shorter endings', () => {
  // "ordres" loses -es ("ordr"), "ordre" loses -re ("ord"): the singular's stem is the lexicon's.
  assert.ok(frenchReadings('ordres').includes('ord'));
  assert.ok(!frenchReadings('ordres').includes('ordr'), 'its own stem is not read again');
  assert.deepEqual(frenchReadings('Москва'), []);
});

test('the lexicon finds the plural of a word whose singular it knows', () => {
  assert.deepEqual(interlingualKeys('ordres', 'fr'), interlingualKeys('ordre', 'fr'));
  assert.ok(interlingualKeys('ordres', 'fr').includes('x:order'));
});
