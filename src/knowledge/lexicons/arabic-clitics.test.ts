import assert from 'node:assert/strict';
import test from 'node:test';
import { arabicReadings, brokenPluralSingulars } from './arabic-clitics.js';
import { interlingualKeys } from './interlingual.js';

test('an Arabic word is read again without its prepositions, verb prefixes and endings, the least stripped first', () => {
  assert.ok(arabicReadings('لإفقار').includes('افقار'));
  assert.ok(arabicReadings('تدعم').includes('دعم'));
  assert.ok(arabicReadings('أعلنت').includes('اعلن'));
  assert.ok(arabicReadings('فريقاً').includes('فريق'));
  const r = arabicReadings('ستواصل');
  assert.ok(r.indexOf('تواصل') < r.indexOf('واصل'), r.join(' '));
  // Too short to strip: "تحت" (under) is not ت + حت.
  assert.deepEqual(arabicReadings('تحت'), []);
  assert.deepEqual(arabicReadings('Moscow'), []);
});

test('before a possessive pronoun the feminine ending, written ت, is read back as ة', () => {
  // wordKey folds ة to ه, as the lexicon keys it: "سيادتها" (her sovereignty) → "سيادة".
  assert.ok(arabicReadings('سيادتها').includes('سياده'));
  assert.ok(arabicReadings('وحكومتهم').includes('حكومه'));
  // A verb's past-tense ت with no pronoun after it is left alone.
  assert.ok(!arabicReadings('قالت').includes('قاله'));
});

test('the lexicon finds clitic-laden Arabic words through their readings', () => {
  assert.ok(interlingualKeys('لإفقار', 'ar').includes('x:impoverish'));
  assert.ok(interlingualKeys('تدعم', 'ar').includes('x:support'));
  assert.ok(interlingualKeys('يهدف', 'ar').includes('x:aim'));
  assert.ok(interlingualKeys('أعلنت', 'ar').includes('x:announc'));
  assert.ok(interlingualKeys('سيادتها', 'ar').includes('x:sovereignti'));
  // A word whose own stem is known keeps its own keys.
  assert.deepEqual(interlingualKeys('الدعم', 'ar'), interlingualKeys('دعم', 'ar'));
});

test('a broken plural is read back as its singular where the lexicon lacks the plural', () => {
  assert.ok(brokenPluralSingulars('جوائح').includes('جائح'));
  assert.ok(brokenPluralSingulars('مشاريع').includes('مشروع'));
  assert.deepEqual(brokenPluralSingulars('NATO'), []);
  assert.ok(interlingualKeys('المشاريع', 'ar').includes('x:project'));
  assert.ok(interlingualKeys('الوزراء', 'ar').includes('x:minist'));
  // A word the lexicon knows keeps its own keys, never a plural's reading.
  assert.deepEqual(interlingualKeys('سلاح', 'ar'), interlingualKeys('السلاح', 'ar'));
});
