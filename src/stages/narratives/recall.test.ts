// Recall on held-out writers (issue 12, 2026-12-07): the analyst's other examples as synonyms of one example
// (sibling words), further dictionary senses, and a verdict told as "no grounds". Inputs written for these tests.
import assert from 'node:assert/strict';
import test from 'node:test';
import { buildKnowledge } from './compile.js';
import { featuresOf } from './features.js';
import { read } from './reading.js';
import { indexSimilarity, lengthParts, similarities, similarityTerms, SENTENCE_EXAMPLE_SIDE } from './similar.js';
import { catalogueOptions, found, run } from './test-helpers.js';

// Patterns 0 and 1: two examples of narrative 0; pattern 2: an example of narrative 1.
const EXAMPLES = [
  { pattern: 0, terms: new Set(['x:mafia', 'x:state', 'k:create', 'c:kosovo']), vector: null, group: 0 },
  { pattern: 1, terms: new Set(['x:bomb', 'x:tore', 'x:crimin', 'c:kosovo']), vector: null, group: 0 },
  { pattern: 2, terms: new Set(['x:tore', 'x:coup', 'c:ukraine']), vector: null, group: 1 },
];
const sentence = (words: string[][]) => ({ terms: new Set(words.flat()), parts: { words, entities: [] as string[] } });
const sim = (grouped: boolean, words: string[][], pattern: number) => {
  const idx = indexSimilarity(3, EXAMPLES.map((e) => (grouped ? e : { ...e, group: undefined })));
  const s = sentence(words);
  return similarities(s.terms, idx, null, true, s.parts, SENTENCE_EXAMPLE_SIDE, 1).get(pattern) ?? 0;
};

test("a word another example of the same narrative has counts for the example (the analyst's own synonym)", () => {
  // "a criminal state made by NATO": "criminal" is in the sibling example, not in "a mafia state created by NATO".
  const words = [['x:crimin'], ['x:state'], ['k:create'], ['c:kosovo']];
  assert.ok(sim(true, words, 0) > sim(false, words, 0) + 0.05, `${sim(true, words, 0)} vs ${sim(false, words, 0)}`);
});

test('a word examples of two narratives use lifts neither, and the cosine elsewhere is unchanged', () => {
  // "tore" is in narrative 0's second example and in narrative 1's: no sibling weight for pattern 0.
  const words = [['x:tore'], ['x:state'], ['k:create']];
  assert.equal(sim(true, words, 0), sim(false, words, 0));
  // The cosine (example side 0.5: the cases stage, rankNarratives) reads no sibling words.
  const idx = indexSimilarity(3, EXAMPLES);
  const s = sentence([['x:crimin'], ['x:state'], ['k:create'], ['c:kosovo']]);
  const plain = indexSimilarity(3, EXAMPLES.map((e) => ({ ...e, group: undefined })));
  assert.equal(similarities(s.terms, idx, null, true, s.parts, 0.5, 1).get(0), similarities(s.terms, plain, null, true, s.parts, 0.5, 1).get(0));
});

test('a word whose first senses meet no example meets one through a further sense ("رقمي": digital)', () => {
  const k = buildKnowledge({ builtIn: true });
  const r = read('الهوية الرقمية للمواطنين', 'ar', k.tools);
  const f = featuresOf(r, 0, r.tokens.length, k.concepts);
  // The example "digital citizens" (English: its own keys); "الرقمية" is numeral, figure first.
  const idx = indexSimilarity(1, [{ pattern: 0, terms: new Set(['x:digit', 'x:citizen']), vector: null, group: 0 }]);
  const at = (side: number) => similarities(similarityTerms(f), idx, null, true, lengthParts(f), side, 1).get(0) ?? 0;
  // In the stage's sentence matching both words meet; in the cosine (cases, rankNarratives) only "citizens" does.
  assert.ok(at(SENTENCE_EXAMPLE_SIDE) > 0.9, String(at(SENTENCE_EXAMPLE_SIDE)));
  assert.ok(at(0.5) < 0.75, String(at(0.5)));
  // A further sense is no key of the unit: the claim check never reads it.
  assert.ok(!similarityTerms(f).has('x:digit'));
});

const DOLLAR = `- id: dollar-collapse
  title: The dollar is about to collapse
  examples:
    - The dollar system is about to collapse
    - The US dollar will collapse soon
`;

test('"there are no grounds" is a verdict: the claim it answers is refuted', () => {
  const options = catalogueOptions(DOLLAR)();
  assert.deepEqual(found(run('Доллар\n\nГоворить о том, что долларовая система скоро рухнет, оснований нет.', 'ru', options)), ['dollar-collapse refutes']);
  assert.deepEqual(found(run('The dollar\n\nThere are no grounds to say the dollar system will collapse soon.', 'en', options)), ['dollar-collapse refutes']);
});
