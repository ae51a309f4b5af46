// Article-level evidence where only one of the two sentences names the narrative's actors (article-evidence.ts:
// actorsAcross): the other must be the headline or its neighbour; two sentences far apart stay two pieces of news.
// Hand-built similarities, as in article-evidence.test.ts.
import assert from 'node:assert/strict';
import test from 'node:test';
import { articleEvidence, type SentenceSimilarity } from './article-evidence.js';
import { indexSimilarity } from './similar.js';

// One example of five terms, weights 2, 2, 2, 1, 1 (norm² 14).
const idx = indexSimilarity(1, [{ pattern: 0, terms: new Set(['k:plane', 'k:shoot-down', 'c:mh17', 'x:army', 'c:ukraine']), vector: null }]);
idx.weight.set('k:plane', 2).set('k:shoot-down', 2).set('c:mh17', 2).set('x:army', 1).set('c:ukraine', 1);
idx.norm[0] = Math.sqrt(14);
const sim = (sentence: number, cosine: number, terms: string[], named = true): SentenceSimilarity => ({ sentence, pattern: 0, narrative: 0, cosine, terms: new Set(terms), named });
const HALF_A = ['k:plane', 'c:mh17'];
const HALF_B = ['x:army', 'c:ukraine', 'k:shoot-down'];

test('an unnamed headline with a body sentence that names the actors carries the claim', () => {
  assert.equal(articleEvidence([sim(0, 0.4, HALF_A, false), sim(3, 0.3, HALF_B)], idx, new Set()).length, 1);
});

test('an unnamed sentence beside the one that names the actors carries it', () => {
  assert.equal(articleEvidence([sim(2, 0.4, HALF_A, false), sim(3, 0.3, HALF_B)], idx, new Set()).length, 1);
});

test('an unnamed sentence far from the named one, or two unnamed sentences, carry nothing', () => {
  assert.deepEqual(articleEvidence([sim(1, 0.4, HALF_A, false), sim(4, 0.3, HALF_B)], idx, new Set()), []);
  assert.deepEqual(articleEvidence([sim(0, 0.4, HALF_A, false), sim(1, 0.3, HALF_B, false)], idx, new Set()), []);
});
