import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { indexSimilarity, similarities } from './similar.js';
import { setSoftMatch, SOFT_MATCH, softNeighbours } from './soft-match.js';
import { found, run } from './test-helpers.js';

// Two hand-built examples, keyed as the matcher keys English (x: stems, c: entity concepts).
const SANCTIONS = new Set(['x:sanction', 'x:hurt', 'x:economi', 'c:europe']);
const BIOLABS = new Set(['x:secret', 'x:laboratori', 'x:biolog', 'c:ukraine']);
const index = () => indexSimilarity(2, [{ pattern: 0, terms: SANCTIONS, vector: null }, { pattern: 1, terms: BIOLABS, vector: null }]);

test('a sentence word no example has meets the example word most like it ("embargo" ~ "sanction")', () => {
  const idx = index();
  const near = softNeighbours(idx, idx.weight.keys(), 'x:embargo');
  assert.equal(near[0]?.key, 'x:sanction');
  assert.ok(near[0].cosine >= SOFT_MATCH.threshold);
  // The soft word adds less than the exact one would, and only to the example holding its neighbour.
  const sims = similarities(new Set(['x:embargo', 'x:hurt', 'c:europe']), idx);
  const exact = similarities(new Set(['x:sanction', 'x:hurt', 'c:europe']), idx);
  assert.ok(sims.get(0)! > 0 && sims.get(0)! < exact.get(0)!, `soft ${sims.get(0)} under exact ${exact.get(0)}`);
  assert.equal(sims.has(1), false);
});

test('soft matching never makes a candidate alone, nor counts a word the sentence has exactly twice', () => {
  const idx = index();
  // No exact term shared with either example: nothing, however alike the words.
  assert.equal(similarities(new Set(['x:embargo', 'x:punit']), idx).size, 0);
  // "sanction" is there itself: "embargo" adds nothing more than an unknown word would.
  const both = similarities(new Set(['x:sanction', 'x:embargo', 'c:europe']), idx).get(0)!;
  const unknown = similarities(new Set(['x:sanction', 'x:qqqzz', 'c:europe']), idx).get(0)!;
  assert.equal(both, unknown);
});

test('a soft word counts towards two shared words, never as the one exact word key an example needs', () => {
  const idx = index();
  const parts = (words: string[][]) => ({ words, entities: [] as string[] });
  // "hurt" (exact) + "embargo" (soft): two shared words.
  const two = () => similarities(new Set(['x:hurt', 'x:embargo']), idx, null, true, parts([['x:hurt'], ['x:embargo']]), 0.8, 2);
  assert.ok(two().get(0)! > 0);
  setSoftMatch(null);
  try {
    assert.equal(two().size, 0, 'off: one shared word');
  } finally {
    setSoftMatch(SOFT_MATCH);
  }
  // Regression (narratives.test.ts, "NATO troops fought the Taliban" ~ "NATO secretly armed the Taliban": troops ~
  // armed): entities and a soft word only are still news.
  assert.equal(similarities(new Set(['x:embargo', 'c:europe']), idx).size, 0);
  assert.ok(similarities(new Set(['x:embargo', 'c:europe']), idx, null, false).get(0)! > 0, 'the soft weight is there when words are not required');
});

test('keys other than English stems, and stems without a vector, have no neighbours', () => {
  const idx = index();
  assert.deepEqual(softNeighbours(idx, idx.weight.keys(), 'k:create'), []);
  assert.deepEqual(softNeighbours(idx, idx.weight.keys(), 'c:europe'), []);
  assert.deepEqual(softNeighbours(idx, idx.weight.keys(), 'x:qqqzz'), []);
});

test('in the stage: a French sentence meets an English example through its x: keys and the vectors ("tiré" → fire|shoot ~ shot)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-soft-')), 'mine.yml');
  writeFileSync(file, '- id: mh17-ukraine\n  title: MH17 was downed by Ukraine\n  examples:\n    - A Ukrainian missile shot the Malaysian Boeing\n    - Kyiv is to blame for the Malaysian Boeing\n');
  const options = { files: [file], builtIn: false };
  // "engin" (device), not "missile": the French lexicon now gives "missile" its English key, and the point here is
  // a word that only the vectors bridge.
  const claim = 'Actualités\n\nLe Boeing malaisien a été visé par un engin ukrainien tiré depuis une position de l’armée.';
  const news = 'Actualités\n\nLe Boeing malaisien a atterri à Kuala Lumpur avec un retard de deux heures.';
  assert.deepEqual(found(run(claim, 'fr', options)), ['mh17-ukraine asserts']);
  assert.deepEqual(found(run(news, 'fr', options)), []);
  setSoftMatch(null);
  try {
    assert.deepEqual(found(run(claim, 'fr', options)), [], 'without the vectors the claim is missed');
  } finally {
    setSoftMatch(SOFT_MATCH);
  }
});
