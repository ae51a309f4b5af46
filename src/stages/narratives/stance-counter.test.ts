// stance-counter.ts: the rival's account refuted before the claim is the counter-claim; refuting it asserts the
// narrative. Sentences and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { withoutCounterClaim } from './stance-counter.js';
import { catalogueOptions, found, run } from './test-helpers.js';
import { LAB_VIRUS } from './test-catalogues.js';

test('a refuted sentence without the claim before the claim drops out, and the claim is asserted', () => {
  const list = [
    { sentence: 1, stance: 'refutes' as const, claim: false },
    { sentence: 2, stance: 'refutes' as const, claim: true },
  ];
  assert.deepEqual(withoutCounterClaim(list, false), ['asserts']);
  // In a debunk article, or where the refuted sentence comes after the claim, the refutation stands.
  assert.deepEqual(withoutCounterClaim(list, true), ['refutes', 'refutes']);
  assert.deepEqual(withoutCounterClaim([list[1], { ...list[0], sentence: 3 }], false), ['refutes', 'refutes']);
});

const CATALOGUE = LAB_VIRUS;

const options = catalogueOptions(CATALOGUE);

test('a fact-check of the same claim still refutes it', () => {
  const text = 'Fact check: the coronavirus was not made in a US lab\n\nPosts claim that the coronavirus was developed in an American military laboratory. There is no evidence for this.';
  assert.deepEqual(found(run(text, 'en', options())), ['lab-virus refutes']);
});
