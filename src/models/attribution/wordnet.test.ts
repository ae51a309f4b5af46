// WordNet word classes: the shipped table's classes of a few words, and WordNet's detachment rules on a hand-made table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWordClasses, wordClassOf } from './wordnet.js';

const verbOf = (c: number): number => c >> 6;
const nounOf = (c: number): number => c & 63;

test('the shipped table: speech verbs are verb.communication (32), belief verbs verb.cognition (31), officials noun.person (18)', () => {
  for (const w of ['said', 'says', 'touting', 'denounced', 'reiterated']) assert.equal(verbOf(wordClassOf(w)), 32, w);
  for (const w of ['believes', 'thought']) assert.equal(verbOf(wordClassOf(w)), 31, w);
  for (const w of ['spokeswoman', 'officials', 'spokesmen']) assert.equal(nounOf(wordClassOf(w)), 18, w);
  assert.equal(wordClassOf('the'), 0);
  assert.equal(wordClassOf('Said'), 0, 'capitalised words are looked up lower-cased by the caller');
  assert.equal(wordClassOf('2016'), 0);
});

test('regular inflections find their base form, in WordNet morphy order, and doubled consonants are undone', () => {
  const table = parseWordClasses('# header\nclaim\tv\t32\nplan\tv\t31\nstop\tv\t38\nparty\tn\t14\nchairman\tn\t18\nrate\tv\t31\n');
  const of = (w: string): number => wordClassOf(w, table);
  assert.equal(verbOf(of('claims')), 32);
  assert.equal(verbOf(of('claimed')), 32);
  assert.equal(verbOf(of('claiming')), 32);
  assert.equal(verbOf(of('planning')), 31);
  assert.equal(verbOf(of('stopped')), 38);
  assert.equal(verbOf(of('rated')), 31, '-ed off to a base in -e');
  assert.equal(nounOf(of('parties')), 14);
  assert.equal(nounOf(of('chairmen')), 18);
  assert.equal(of('claimant'), 0);
});
