// Repeated evidence (repeated-evidence.ts): two nearby sentences of the opening that each lead to a narrative, too
// weak alone, carry it together. Texts and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { ARTICLE_OPENING, type SentenceSimilarity } from './article-evidence.js';
import { REPEATED_DISTANCE, REPEATED_STRONG, REPEATED_WEAK, repeatedEvidence } from './repeated-evidence.js';
import { catalogueOptions, evidence, found, run, TALKS } from './test-helpers.js';

const CATALOGUE = `- id: russophobia
  title: The West hates Russia
  examples:
    - Russophobia has become the official ideology of the West
    - The West hates Russia and everything Russian
    - Anti-Russian hysteria is spreading across Europe
- id: sanctions
  title: Sanctions hurt Europe more than Russia
  examples:
    - The sanctions ruin the European economy instead of Russia
    - Europe pays for the sanctions with its own prosperity
`;

const options = catalogueOptions(CATALOGUE);

// Each sentence shares a word of its own with the examples unless given its terms.
const sim = (sentence: number, cosine: number, pattern = 0, narrative = 0, named?: boolean, terms = [`x:word${sentence}`]): SentenceSimilarity => ({ sentence, pattern, narrative, cosine, terms: new Set(terms), named });
const always = () => true;
const keysOf = () => new Set(['x:word0', 'x:word1', 'x:word2', 'x:word3', 'x:word4', 'x:hate', 'c:russia']);

test('two nearby sentences, one above the strong floor and one above the weak floor, carry the narrative', () => {
  const got = repeatedEvidence([sim(3, REPEATED_WEAK, 1), sim(1, REPEATED_STRONG, 2)], new Set(), always, keysOf);
  assert.deepEqual(got, [{ narrative: 0, pattern: 2, cosine: REPEATED_STRONG, sentences: [1, 3] }]);
});

test('too weak, too far apart, a single sentence, actors unnamed, no claim, beyond the opening or found already: nothing', () => {
  assert.deepEqual(repeatedEvidence([sim(1, REPEATED_STRONG - 0.01), sim(2, 0.34)], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(1, 0.4), sim(2, REPEATED_WEAK - 0.01)], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(0, 0.4), sim(REPEATED_DISTANCE + 1, 0.3)], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(1, 0.4), sim(1, 0.3, 1)], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(1, 0.4), sim(2, 0.3, 0, 0, false)], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(1, 0.4), sim(2, 0.3)], new Set(), (s) => s.sentence !== 2, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(ARTICLE_OPENING - 1, 0.4), sim(ARTICLE_OPENING, 0.3)], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(1, 0.4), sim(2, 0.3)], new Set([0]), always, keysOf), []);
});

test('the weaker sentence must share a word with the examples that the stronger lacks: the same words twice are one piece', () => {
  assert.deepEqual(repeatedEvidence([sim(1, 0.4, 0, 0, undefined, ['x:hate', 'c:russia']), sim(2, 0.3, 0, 0, undefined, ['x:hate', 'c:russia'])], new Set(), always, keysOf), []);
  assert.deepEqual(repeatedEvidence([sim(1, 0.4, 0, 0, undefined, ['x:hate']), sim(2, 0.3, 0, 0, undefined, ['x:hate', 'c:russia'])], new Set(), always, keysOf), []);
  assert.equal(repeatedEvidence([sim(1, 0.4, 0, 0, undefined, ['c:russia']), sim(2, 0.3, 0, 0, undefined, ['x:hate', 'c:russia'])], new Set(), always, keysOf).length, 1);
});

test('two sentences leading to two different narratives carry neither', () => {
  assert.deepEqual(repeatedEvidence([sim(1, 0.4, 0, 0), sim(2, 0.3, 5, 1)], new Set(), always, keysOf), []);
});

// Each sentence echoes another example (hysteria in Europe; an official line of the West), neither enough alone,
// and they are not neighbours, so neither a pair nor a claim told in parts of one example finds it.
const TOLD_TWICE = 'Hysteria now reaches Russian music in Europe. Orchestras say nothing. Dislike of Russia has become the official line of Western capitals.';

test('a narrative the opening comes back to in other words is found, its evidence the two sentences', () => {
  const doc = run(`Notes\n\n${TOLD_TWICE}`, 'en', options());
  assert.deepEqual(found(doc), ['russophobia asserts']);
  assert.deepEqual(evidence(doc, 'russophobia', 'asserts'), ['Hysteria now reaches Russian music in Europe.', 'Dislike of Russia has become the official line of Western capitals.']);
});

test('the same two sentences, reported by a speaker, are reported', () => {
  const text = 'Notes\n\nThe pianist said hysteria now reaches Russian music in Europe. Orchestras say nothing. She added that dislike of Russia has become the official line of Western capitals.';
  assert.deepEqual(found(run(text, 'en', options())), ['russophobia reports']);
});

test('the same two sentences deep in a long article: beyond the opening, not found', () => {
  const text = `Notes\n\n${TALKS.en} Prices rose in March. Trains ran late. ${TOLD_TWICE}`;
  // The rules' gate (narrativeModel: false): the learned verifier, on by default, keeps this candidate met under the
  // floor (README, the narrative verifier's limits).
  assert.deepEqual(found(run(text, 'en', { ...options(), narrativeModel: false })), []);
});
