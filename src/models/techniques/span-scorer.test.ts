import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { rateBins, spanFeatures, type Emit, type RateContext } from './features.js';
import { fromDense, fromStored, toDense, type LinearModel } from './linear.js';
import { loadTechniquesModel } from './model.js';
import { featureHash } from './parts.js';
import { createSpanScorer } from './span-scorer.js';
import { tokenizeDoc, type DocTokens } from './tokens.js';

const TEXT = [
  'WHY would anyone trust these so-called experts, again and again?',
  'The puppet regime lied: “Our brave nation will never surrender!” the minister said.',
  'Experts, experts, experts and more experts met on Tuesday; the regime’s 12 thugs stayed home #shame.',
  'No.',
].join('\n\n');

function docOf(text: string): DocTokens {
  const sentences: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length });
  const cues = createCueIndex([{ id: 'c1', category: 'Name_Calling', words: ['so-called'] }, { id: 'c2', category: 'Flag', words: ['brave', 'nation'] }]);
  return tokenizeDoc(text, sentences, cues);
}

/** Feature by feature, in spanFeatures' order: the sums the scorer must reproduce. */
function reference(model: LinearModel, d: DocTokens, a: number, b: number, repeats: number, edges: boolean, rates?: RateContext): Float64Array {
  const c = model.classes.length;
  const mask = (1 << model.bits) - 1;
  const z = new Float64Array(c);
  const emit: Emit = (t, x, y, w) => {
    const base = (featureHash(t, x, y, w) & mask) * c;
    for (let k = 0; k < c; k++) z[k] += model.table[base + k];
  };
  spanFeatures(d, a, b, emit, repeats, edges, rates);
  return z;
}

/** Every span inside each sentence, scored twice (the second time from the document's cache), against the reference. */
function checkAll(model: LinearModel, edges: boolean, rates: RateContext | undefined): number {
  const score = createSpanScorer(model, edges);
  if (!score) throw new Error('a dense model gets a scorer');
  const d = docOf(TEXT);
  const seen = new Set<string>();
  let spans = 0;
  for (let round = 0; round < 2; round++) {
    for (const s of d.sentences) {
      for (let a = s.from; a < s.to; a++) {
        for (let b = a + 1; b <= s.to; b++) {
          const repeats = (a + b) % 4;
          const fast: Float64Array = score(d, a, b, repeats, rates);
          const slow = reference(model, d, a, b, repeats, edges, rates);
          assert.deepEqual(Array.from(fast), Array.from(slow), `span [${a}, ${b}) "${d.toks.slice(a, b).map((t) => t.lower).join(' ')}"`);
          seen.add(Array.from(slow).join(','));
          spans++;
        }
      }
    }
  }
  // The sums are not all alike (the test would pass on a scorer that ignored the words otherwise).
  assert.ok(seen.size > spans / 4, `${seen.size} distinct of ${spans}`);
  return spans;
}

test('span scorer: with the shipped dense classifiers, every span sum equals the feature-by-feature sum exactly', () => {
  const file = loadTechniquesModel().file;
  const d = docOf(TEXT);
  const rates = rateBins(d, new Map([['puppet', 0.81], ['regime', 0.55], ['experts', 0.3], ['trust', 0.05]]));
  // The span classifier reads edges and rates; the sentence classifier neither.
  assert.ok(checkAll(fromStored(file.classifier), true, rates) > 100);
  checkAll(fromStored(file.sentence), false, undefined);
});

test('span scorer: a small dense model, where most features share buckets, still sums exactly', () => {
  // 64 buckets of 3 classes, weights spread over the int8 range (a seeded generator: the same every run).
  let seed = 7;
  const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  const table = Float32Array.from({ length: 64 * 3 }, () => next());
  const model = fromDense(toDense(table, 6, ['a', 'b', 'c']));
  const d = docOf(TEXT);
  checkAll(model, true, rateBins(d, new Map([['puppet', 0.81], ['regime', 0.55]])));
  checkAll(model, false, undefined);
});

test('span scorer: none for a sparse model (the model sums those feature by feature)', () => {
  const sparse = fromStored({ bits: 4, classes: ['a', 'b'], indices: [1, 2], weights: [0.5, -0.25] });
  assert.equal(createSpanScorer(sparse, true), null);
});
