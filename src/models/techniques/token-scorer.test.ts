import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { rateBins, tokenFeatures, type Emit } from './features.js';
import { fromStored } from './linear.js';
import { loadTechniquesModel } from './model.js';
import { featureHash } from './parts.js';
import { createTokenScorer, type WeightOf } from './token-scorer.js';
import { tokenizeDoc } from './tokens.js';

const TEXT = [
  'WHY would anyone trust these so-called experts, again and again?',
  'The puppet regime lied: “Our brave nation will never surrender!” the minister said.',
  'Experts, experts, experts and more experts met on Tuesday; the regime’s 12 thugs stayed home.',
  'No.',
].join('\n\n');

function docOf(text: string) {
  const sentences: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push({ start: m.index, end: m.index + m[0].length });
  const cues = createCueIndex([{ id: 'c1', category: 'Name_Calling', words: ['so-called'] }, { id: 'c2', category: 'Flag', words: ['brave', 'nation'] }]);
  return tokenizeDoc(text, sentences, cues);
}

/** Feature by feature, in tokenFeatures' order: the sums the scorer must reproduce. */
function reference(weight: WeightOf, d: ReturnType<typeof docOf>, rates: ReturnType<typeof rateBins>): number[] {
  return d.toks.map((_, i) => {
    let sum = 0;
    const emit: Emit = (t, a, b, c) => void (sum += weight(t, a, b, c));
    tokenFeatures(d, i, emit, rates);
    return sum;
  });
}

test('token scorer: with the shipped dense tagger, every token sum equals the feature-by-feature sum exactly', () => {
  const file = loadTechniquesModel().file;
  const tagger = fromStored(file.tagger);
  assert.ok(tagger.bytes && tagger.weights, 'the shipped tagger is dense');
  const { bytes, weights } = tagger;
  const mask = (1 << tagger.bits) - 1;
  const weight: WeightOf = (t, a, b, c) => weights[bytes[featureHash(t, a, b, c) & mask]];
  const d = docOf(TEXT);
  const rates = rateBins(d, new Map([['puppet', 0.81], ['regime', 0.55], ['experts', 0.3], ['trust', 0.05]]));
  const fast = createTokenScorer(weight)(d, rates);
  const slow = reference(weight, d, rates);
  assert.equal(fast.length, d.toks.length);
  for (let i = 0; i < slow.length; i++) assert.equal(fast[i], slow[i], `token ${i} "${d.toks[i].lower}"`);
  // The sums are not all alike (the test would pass on a scorer that ignored the words otherwise).
  assert.ok(new Set(slow).size > slow.length / 2);
});

test('token scorer: a weight read for every feature tokenFeatures emits, none missed (distinct weight per feature)', () => {
  // Weights that are distinct powers of two per bucket class make a missed or doubled feature change the sum.
  const weight: WeightOf = (t, a, b, c) => 2 ** -((featureHash(t, a, b, c) & 31) + 1) + 1;
  const d = docOf(TEXT);
  const rates = rateBins(d, new Map([['puppet', 0.81], ['regime', 0.55]]));
  const fast = createTokenScorer(weight)(d, rates);
  const slow = reference(weight, d, rates);
  for (let i = 0; i < slow.length; i++) assert.ok(Math.abs(fast[i] - slow[i]) < 1e-9, `token ${i} "${d.toks[i].lower}": ${fast[i]} vs ${slow[i]}`);
});
