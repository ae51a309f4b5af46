import { test } from 'node:test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { boundaryScores } from './boundaries.js';
import { createCueIndex } from './cues.js';
import { loadTechniquesModel, MODEL_FILE } from './model.js';
import { computeBoundaryRates } from './train/boundaries.js';
import { tokenizeDoc } from './tokens.js';

const doc = (text: string) => tokenizeDoc(text, [{ start: 0, end: text.length }], createCueIndex([]));

test('computeBoundaryRates: words that open gold spans get positive rates, words inside them negative ones', () => {
  // "so-called experts" is a span three times; "the" never opens one; "experts" always ends one.
  const d = doc('The so-called experts lied. The so-called experts lied. The so-called experts lied, the end.');
  const starts = d.toks.flatMap((t, i) => (t.lower === 'so-called' ? [i] : []));
  const rates = computeBoundaryRates([{ d, spans: starts.map((a) => ({ a, b: a + 2 })) }]);
  assert.ok(rates.begin['so-called'] > 0.5, JSON.stringify(rates.begin));
  assert.ok(rates.begin.experts < 0 && rates.begin.the < 0);
  assert.ok(rates.end.experts > 0.5 && rates.end['so-called'] < 0);
  assert.equal(rates.begin.end, undefined, 'seen once: no rate');
  // A span labelled twice (two techniques) counts once: the same rates.
  const twice = computeBoundaryRates([{ d, spans: [...starts, ...starts].map((a) => ({ a, b: a + 2 })) }]);
  assert.deepEqual(twice, rates);
  assert.deepEqual(computeBoundaryRates([{ d, spans: [] }]), { begin: {}, end: {} });
});

test('boundaryScores: each word its rate, punctuation and unknown words 0', () => {
  const d = doc('Crooked elites lie.');
  const s = boundaryScores(d, { begin: new Map([['crooked', 1.5], ['.', 9]]), end: new Map([['lie', 0.7]]) });
  assert.deepEqual([...s.begin], [1.5, 0, 0, 0]);
  assert.deepEqual([...s.end], [0, 0, 0.7, 0]);
});

test('the model loader: boundary rates and weights are optional, but malformed ones are refused', () => {
  const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as Record<string, unknown> & { thresholds: Record<string, unknown> };
  const path = join(mkdtempSync(join(tmpdir(), 'techniques-boundaries-')), 'model.json');
  const load = (f: unknown) => {
    writeFileSync(path, JSON.stringify(f));
    return loadTechniquesModel(path);
  };
  const { boundaries: _, ...without } = file;
  assert.ok(load({ ...without, thresholds: { ...file.thresholds, begin: undefined, end: undefined } }));
  assert.ok(load({ ...file, boundaries: { begin: { the: -1 }, end: {} }, thresholds: { ...file.thresholds, begin: 0.25 } }));
  assert.throws(() => load({ ...file, boundaries: 3 }), /not a techniques model/);
  assert.throws(() => load({ ...file, boundaries: { begin: {} } }), /not a techniques model/);
  assert.throws(() => load({ ...file, thresholds: { ...file.thresholds, begin: 'high' } }), /not a techniques model/);
});
