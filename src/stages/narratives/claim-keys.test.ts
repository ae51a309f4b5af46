// claim-keys.ts: a narrative about a topic plain news reports too (sanctions, chemical attacks) needs its claim said,
// not only its topic; a topic whose naming is the claim (a colour revolution) and the accused named do say it.
// Sentences and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { catalogueOptions, found, run } from './test-helpers.js';

const CATALOGUE = `- id: staged
  title: The West staged chemical attacks in Syria
  description: Chemical attacks in Syria were staged by rescuers and Western spies to blame Damascus.
  examples:
    - The chemical attack in Douma was staged by the rescuers
    - Western spies staged chemical attacks in Syria to blame Assad
    - The gas attack was a provocation prepared by the West
- id: sanctions
  title: Sanctions hurt Europe more than Russia
  description: Sanctions against Russia backfire and ruin the European economy.
  examples:
    - Sanctions against Russia hurt Europe more than Russia
    - The anti-Russian sanctions have backfired on Europe
    - Europe is freezing because of its own sanctions
- id: colour
  title: The West organises colour revolutions
  examples:
    - The West organises colour revolutions to overthrow governments
    - The protests are a colour revolution paid for by Washington
    - Western NGOs prepare a colour revolution in Belarus
`;

const options = catalogueOptions(CATALOGUE);

test('chemical-weapons news that names the attack but no staging carries nothing, in English and Arabic', () => {
  assert.deepEqual(found(run('Inspectors report on Douma\n\nThe chemical attack in Douma killed dozens, inspectors said on Monday.', 'en', options())), []);
  assert.deepEqual(found(run('تقرير المفتشين\n\nأسفر الهجوم الكيميائي في دوما عن مقتل العشرات، وفق المفتشين.', 'ar', options())), []);
});

test('the staging said, in other words and languages, still carries the chemical-attack narrative', () => {
  assert.deepEqual(found(run('Douma\n\nThe West staged the chemical attack in Douma.', 'en', options())), ['staged asserts']);
  assert.deepEqual(found(run('Дума\n\nЗапад инсценировал химическую атаку в Думе.', 'ru', options())), ['staged asserts']);
});

test('European trade news under sanctions names the sanctions, not the harm to Europe', () => {
  const text = 'Trade figures\n\nEuropean imports of gas fell to a record low. European food exports not covered by the sanctions held steady, officials said.';
  assert.deepEqual(found(run(text, 'en', options())), []);
  assert.deepEqual(found(run('Sanctions\n\nThe sanctions against Russia hurt Europe more than Russia.', 'en', options())), ['sanctions asserts']);
});

test('a topic whose naming is the claim needs no other word: the West exports colour revolutions', () => {
  assert.deepEqual(found(run('Belgrade\n\nThe West is exporting its colour revolutions to Serbia.', 'en', options())), ['colour asserts']);
});
