// The background document frequencies (data/background-df.json, scripts/build-background-df.ts) and their use in
// ranking a text among narratives (similar.ts: rankNarratives).
import assert from 'node:assert/strict';
import test from 'node:test';
import { backgroundFactor, loadBackgroundDf, setBackgroundGamma } from './background-df.js';
import { indexSimilarity, rankNarratives, similarities } from './similar.js';

test('the shipped table: a general word of news weighs less, a rare claim word and a name weigh fully', () => {
  const table = loadBackgroundDf();
  assert.ok(table && table.sentences > 10_000 && table.df.size > 1000);
  assert.ok(backgroundFactor('x:countri') < 0.6, `country ${backgroundFactor('x:countri')}`);
  assert.ok(backgroundFactor('x:peopl') < backgroundFactor('x:secret'));
  assert.equal(backgroundFactor('x:biolab'), 1); // not in the table: rarer than its least count
  assert.equal(backgroundFactor('c:united-states'), 1); // entities say who, not how common the words are
  assert.equal(backgroundFactor('e:trump'), 1);
});

test('γ 0 turns the background weighting off', () => {
  const before = setBackgroundGamma(0);
  try {
    assert.equal(backgroundFactor('x:countri'), 1);
  } finally {
    setBackgroundGamma(before);
  }
});

// Narrative 0's example shares two general words of news with the text, narrative 1's one claim word: by the
// catalogue's IDF alone (every key in one example) the general words win; weighed by news as well, the claim word.
const idx = indexSimilarity(2, [
  { pattern: 0, terms: new Set(['x:countri', 'x:peopl', 'x:year', 'x:zzfirstclaim']), vector: null },
  { pattern: 1, terms: new Set(['x:biolab', 'x:zzsecond', 'x:zzthird', 'x:zzfourth']), vector: null },
]);
const text = new Set(['x:countri', 'x:peopl', 'x:biolab']);

test('ranking a text among narratives: a shared claim word outweighs shared general words', () => {
  const plain = rankNarratives(text, idx, (p) => p, null, false);
  assert.ok(plain.get(0)! > plain.get(1)!, JSON.stringify([...plain]));
  const weighed = rankNarratives(text, idx, (p) => p, null, true);
  assert.ok(weighed.get(1)! > weighed.get(0)!, JSON.stringify([...weighed]));
  assert.deepEqual(rankNarratives(text, idx, (p) => p), weighed); // on by default
});

test('the sentence similarity (the stage) is not weighed by news unless asked', () => {
  assert.deepEqual(similarities(text, idx), similarities(text, idx, null, true, null, 0.5, 1, false));
  assert.notDeepEqual(similarities(text, idx), similarities(text, idx, null, true, null, 0.5, 1, true));
});
