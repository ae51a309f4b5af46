import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fnv1a, fnv1aFrom } from '../features/hash.js';
import { createModel, featureIndices, FEATURE_VERSION, loadCheckworthinessModel } from './index.js';
import { averagePrecision, meanAveragePrecision, prf } from './metrics.js';
import { sentenceVector } from './sentence-vector.js';
import { inputFingerprints } from './inputs.js';

test('FNV-1a matches the reference values and continues without building strings', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
  assert.equal(fnv1aFrom(fnv1a('foo'), 'bar'), fnv1a('foobar'));
});

test('features are stable and stay inside the table', () => {
  const a = featureIndices('In 2016, unemployment fell to 4.9 percent.', 10);
  assert.deepEqual(a, featureIndices('In 2016, unemployment fell to 4.9 percent.', 10));
  assert.ok(a.every((i) => Number.isInteger(i) && i >= 0 && i < 1024));
});

test('the shipped model ranks a sentence with numbers above an opinion and a greeting', () => {
  const model = loadCheckworthinessModel();
  const fact = model.score('Unemployment fell from 10 percent in 2009 to 4.9 percent in 2016.');
  const opinion = model.score('I think this is a wonderful country and I love it.');
  const greeting = model.score('Thank you very much, everybody.');
  for (const s of [fact, opinion, greeting]) assert.ok(s >= 0 && s <= 1);
  assert.ok(fact > 0.5 && fact > opinion && fact > greeting, `${fact} ${opinion} ${greeting}`);
});

test('a hand-made model scores by its weights; a stale or broken file is refused', () => {
  const bits = 8;
  const [first] = featureIndices('taxes', bits);
  const model = createModel({ name: 'checkworthiness', featureVersion: FEATURE_VERSION, bits, bias: 0, trained: {}, indices: [first], weights: [5] });
  assert.ok(model.score('taxes') > model.score('hello'));
  const dir = mkdtempSync(join(tmpdir(), 'cw-model-'));
  const file = join(dir, 'model.json');
  writeFileSync(file, JSON.stringify({ name: 'checkworthiness', featureVersion: FEATURE_VERSION + 1, bits, bias: 0, trained: {}, indices: [], weights: [] }));
  assert.throws(() => loadCheckworthinessModel(pathToFileURL(file)), /retrain/);
  writeFileSync(file, '{');
  assert.throws(() => loadCheckworthinessModel(pathToFileURL(file)), /model\.json/);
});

test('average precision, MAP and F1 on a small ranking', () => {
  const ranked = [{ score: 0.9, label: 1 as const }, { score: 0.8, label: 0 as const }, { score: 0.7, label: 1 as const }];
  assert.equal(averagePrecision(ranked), (1 + 2 / 3) / 2);
  assert.equal(meanAveragePrecision([ranked, [{ score: 0.1, label: 0 }]]), (1 + 2 / 3) / 2); // a debate with no positives is skipped
  assert.deepEqual(prf(ranked, 0.75), { precision: 0.5, recall: 0.5, f1: 0.5 });
});

test('a member with vector weights scores by the sentence vector; a file with topic support lifts the topic lines', () => {
  const v = sentenceVector('hospitals and doctors');
  assert.ok(v && v.some((x) => x !== 0), 'the shipped word vectors know these words');
  const base = { name: 'checkworthiness' as const, featureVersion: FEATURE_VERSION, bits: 8, bias: 0, trained: {}, indices: [], weights: [] };
  const groups = { chars: false, context: false, vectors: true };
  const model = createModel({ ...base, groups, vector: Array.from(v ?? [], (x) => x * 10) });
  assert.ok(model.score('doctors in hospitals') > model.score('thank you'));
  const lines = ['Hospitals closed.', 'Thank you.', 'The hospitals were closed in March.', 'Good night.'].map((text) => ({ speaker: 'A', text }));
  const plain = createModel({ ...base, groups, vector: Array.from(v ?? [], (x) => x * 10) }).rankTranscript(lines);
  const topical = createModel({ ...base, groups, vector: Array.from(v ?? [], (x) => x * 10), topic: { weight: 1, maxShare: 0.5 } }).rankTranscript(lines);
  assert.ok(topical[1] < plain[1], 'no shared content word: its score halves');
  assert.ok(Math.abs(topical[0] - (plain[0] + plain[2]) / 2) < 1e-9, 'shares "hospitals", "closed" with line 3 only');
});

test('a model trained against other word vectors or clusters is refused (its features would mean something else)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cw-inputs-'));
  const file = join(dir, 'model.json');
  const base = { name: 'checkworthiness', featureVersion: FEATURE_VERSION, bits: 8, bias: 0, trained: {}, indices: [], weights: [] };
  writeFileSync(file, JSON.stringify({ ...base, inputs: { vectors: 'deadbeef' } }));
  assert.throws(() => loadCheckworthinessModel(pathToFileURL(file)), /vectors deadbeef when trained.*retrain/);
  writeFileSync(file, JSON.stringify({ ...base, inputs: inputFingerprints([{ chars: false, context: false, clusters: true }]) }));
  assert.ok(loadCheckworthinessModel(pathToFileURL(file)).score('taxes') > 0);
});
