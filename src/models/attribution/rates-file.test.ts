// The model file keeps every rate the tagger trained with: a word seen a few times and never in a Cue or Source must
// read back as rate 0, not as an unseen word (the tagger's features differ between the two).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packRates, ratesOf, type AttributionModelFile } from './model.js';
import type { WordRate } from './rates.js';

const fileWith = (packed: Pick<AttributionModelFile, 'rates' | 'zero'>): AttributionModelFile => ({
  name: 'attribution', featureVersion: 0, tags: [], bits: 0, trained: {}, passes: [] as unknown as AttributionModelFile['passes'], dev: {}, ...packed,
});

test('rare zero-rate words survive the file as rate 0; common and non-zero words keep their figures', () => {
  const rates = new Map<string, WordRate>([
    ['said', { cue: 0.9, source: 0, n: 500 }],
    ['the', { cue: 0, source: 0.01, n: 9000 }],
    ['banana', { cue: 0, source: 0, n: 4 }],
    ['table', { cue: 0, source: 0, n: 25 }],
  ]);
  const packed = packRates(rates);
  assert.deepEqual(packed.zero, ['banana']);
  assert.deepEqual(Object.keys(packed.rates).sort(), ['said', 'table', 'the']);
  const back = ratesOf(fileWith(packed));
  assert.deepEqual(back.get('banana'), { cue: 0, source: 0, n: 3 });
  assert.deepEqual(back.get('said'), { cue: 0.9, source: 0, n: 500 });
  assert.equal(back.get('pear'), undefined);
});

test('a file written before the zero list reads as before', () => {
  const back = ratesOf(fileWith({ rates: { said: [0.9, 0, 500] } }));
  assert.equal(back.size, 1);
});
