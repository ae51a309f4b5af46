// Article-level evidence (article-evidence.ts): a claim told in parts over two sentences that are not neighbours,
// neither enough alone; the stance read from the sentences that carry it (and a headline that frames it); topic
// repeated by two sentences is one piece of evidence, not two. Texts and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { ARTICLE_COVERAGE, ARTICLE_OPENING, articleEvidence, type SentenceSimilarity } from './article-evidence.js';
import { indexSimilarity } from './similar.js';
import { catalogueOptions, evidence, found, run, TALKS } from './test-helpers.js';

const CATALOGUE = `- id: mh17
  title: MH17 was shot down by Ukraine
  examples:
    - MH17 was shot down by a Ukrainian fighter jet
    - The Ukrainian army shot down the Malaysian Boeing MH17
- id: biolabs
  title: The US runs secret biolabs in Ukraine
  examples:
    - The Pentagon runs secret biological laboratories in Ukraine
    - US military biolabs in Ukraine develop biological weapons
- id: media-lie
  title: Western media lie
  examples:
    - Western media lie about Russia
    - Western media censor the truth and spread propaganda
- id: encircle
  title: NATO is encircling Russia
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
`;

const options = catalogueOptions(CATALOGUE);

// One example of five terms, weights 2, 2, 2, 1, 1 (norm² 14).
const idx = indexSimilarity(1, [{ pattern: 0, terms: new Set(['k:plane', 'k:shoot-down', 'c:mh17', 'x:army', 'c:ukraine']), vector: null }]);
idx.weight.set('k:plane', 2).set('k:shoot-down', 2).set('c:mh17', 2).set('x:army', 1).set('c:ukraine', 1);
idx.norm[0] = Math.sqrt(14);
const sim = (sentence: number, cosine: number, terms: string[], narrative = 0): SentenceSimilarity => ({ sentence, pattern: 0, narrative, cosine, terms: new Set(terms) });

test('two sentences that each hold part of an example carry it together; the most similar first', () => {
  const got = articleEvidence([sim(1, 0.3, ['k:plane', 'c:mh17', 'x:weather']), sim(4, 0.35, ['x:army', 'c:ukraine', 'k:shoot-down'])], idx, new Set());
  assert.equal(got.length, 1);
  assert.deepEqual(got[0].sentences, [4, 1]);
  assert.equal(got[0].coverage, 1);
  assert.ok(got[0].coverage >= ARTICLE_COVERAGE);
});

test('a second sentence that repeats the first one\'s terms adds nothing (headline and lead naming the topic)', () => {
  assert.deepEqual(articleEvidence([sim(0, 0.4, ['k:plane', 'c:mh17', 'k:shoot-down']), sim(1, 0.44, ['k:plane', 'c:mh17', 'k:shoot-down', 'x:court'])], idx, new Set()), []);
});

test('sentences below the floor, a single sentence, too little of the example, or a narrative found already: nothing', () => {
  assert.deepEqual(articleEvidence([sim(1, 0.1, ['k:plane', 'c:mh17']), sim(4, 0.35, ['x:army', 'c:ukraine', 'k:shoot-down'])], idx, new Set()), []);
  assert.deepEqual(articleEvidence([sim(4, 0.35, ['x:army', 'c:ukraine', 'k:shoot-down'])], idx, new Set()), []);
  assert.deepEqual(articleEvidence([sim(1, 0.3, ['x:army']), sim(4, 0.3, ['c:ukraine'])], idx, new Set()), []);
  assert.deepEqual(articleEvidence([sim(1, 0.3, ['k:plane', 'c:mh17']), sim(4, 0.35, ['x:army', 'c:ukraine', 'k:shoot-down'])], idx, new Set([0])), []);
});

test('only the opening counts: deep in a long article two sentences meet an example\'s words by chance', () => {
  const late = ARTICLE_OPENING;
  assert.deepEqual(articleEvidence([sim(1, 0.3, ['k:plane', 'c:mh17']), sim(late, 0.35, ['x:army', 'c:ukraine', 'k:shoot-down'])], idx, new Set()), []);
  assert.equal(articleEvidence([sim(1, 0.3, ['k:plane', 'c:mh17']), sim(late - 1, 0.35, ['x:army', 'c:ukraine', 'k:shoot-down'])], idx, new Set()).length, 1);
});

const SPREAD = 'The Ukrainian army kept its air defence units near the crash site that day. Families in the Netherlands keep asking. The Malaysian airliner was lost over territory that Ukraine controlled.';

test('a claim in two sentences that are not neighbours is found, its evidence exactly those two sentences', () => {
  const doc = run(`Notes\n\n${SPREAD}`, 'en', options());
  assert.deepEqual(found(doc), ['mh17 asserts']);
  assert.deepEqual(evidence(doc, 'mh17', 'asserts'), ['The Ukrainian army kept its air defence units near the crash site that day.', 'The Malaysian airliner was lost over territory that Ukraine controlled.']);
});

test('the stance comes from the sentences that carry the claim: both attributed, reported', () => {
  const text = 'Notes\n\nThe minister said the Ukrainian army kept its air defence units near the crash site that day. Families in the Netherlands keep asking. He added that the Malaysian airliner was lost over territory that Ukraine controlled.';
  assert.deepEqual(found(run(text, 'en', options())), ['mh17 reports']);
});

test('a headline that shares the claim\'s words frames it: negated, the article refutes it', () => {
  const doc = run(`Why the army is not to blame\n\n${SPREAD}`, 'en', options());
  assert.deepEqual(found(doc), ['mh17 refutes']);
  assert.equal(evidence(doc, 'mh17', 'refutes')[0], 'Why the army is not to blame');
  assert.deepEqual(found(run(`Why the army is to blame\n\n${SPREAD}`, 'en', options())), ['mh17 asserts']);
});

test('the same two sentences after four others of filler: beyond the opening, not found', () => {
  const [first, , last] = SPREAD.split(/(?<=\.) /);
  const text = `Notes\n\n${TALKS.en} Prices rose in March. Trains ran late. ${first} Families in the Netherlands keep asking. ${last}`;
  // The rules' gate (narrativeModel: false): the learned verifier, on by default, keeps this candidate met under the
  // floor (README, the narrative verifier's limits).
  assert.deepEqual(found(run(text, 'en', { ...options(), narrativeModel: false })), []);
});

test('the same part of the claim said twice is not the claim', () => {
  const text = 'Notes\n\nThe Ukrainian army kept its air defence units near the crash site that day. Families in the Netherlands keep asking. The Ukrainian army kept its units there for weeks.';
  // The rules' gate (narrativeModel: false): the learned verifier, on by default, keeps this candidate met under the
  // floor (README, the narrative verifier's limits).
  assert.deepEqual(found(run(text, 'en', { ...options(), narrativeModel: false })), []);
});

test('a pair of neighbouring sentences is read as one claim only where one of them leans to the narrative alone', () => {
  // Each sentence brings one word of an example ("Western … Russia", "media"): no claim.
  assert.deepEqual(found(run('Notes\n\nWestern governments and Russia held talks on Monday. Media were not invited.', 'en', options())), []);
  assert.deepEqual(found(run('Notes\n\nThe talks ended on Monday. The Pentagon and Ukraine signed papers. Laboratories were on the list.', 'en', options())), []);
});
