// Names the gazetteer lacks do not lengthen a sentence for similarity (features.ts): "Alexeï Mechkov" says who,
// not what. Sentences written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { buildKnowledge } from './compile.js';
import { featuresOf } from './features.js';
import { read } from './reading.js';

const lengthOf = (text: string, language: string) => {
  const k = buildKnowledge({ builtIn: true });
  const r = read(text, language, k.tools);
  return featuresOf(r, 0, r.tokens.length, k.concepts).keyWords!.length;
};

test('an unknown capitalised name inside a French or English sentence is not counted as a word', () => {
  assert.equal(lengthOf("Selon l'ambassadeur Ivan Petrovitch, le régime est nazi.", 'fr'), lengthOf("Selon l'ambassadeur, le régime est nazi.", 'fr'));
  assert.equal(lengthOf('The envoy Boris Kuzmenkov says the regime is Nazi.', 'en'), lengthOf('The envoy says the regime is Nazi.', 'en'));
});

test('German nouns are capitalised: they still count', () => {
  assert.ok(lengthOf('Das Regime ist nazistisch und die Flugabwehrbatterien stehen bereit.', 'de') >= 3);
});
