// Further dictionary senses (the tables' fourth column): read only where a word's first senses meet nothing.
import assert from 'node:assert/strict';
import test from 'node:test';
import { interlingualKeys, secondaryKeys } from './interlingual.js';

test('a word keeps its first senses; the dictionary senses beyond them are its further senses', () => {
  // "رقمي" is numeral/figure first; digital is a further sense (the known gap of issue 12's digital-ID narrative).
  assert.ok(!interlingualKeys('الرقمية', 'ar').includes('x:digit'));
  assert.ok(secondaryKeys('الرقمية', 'ar').includes('x:digit'));
  // None for English, a function word, or a word no table has.
  assert.deepEqual(secondaryKeys('digital', 'en'), []);
  assert.deepEqual(secondaryKeys('и', 'ru'), []);
  assert.deepEqual(secondaryKeys('Qwxzyk', 'de'), []);
});
