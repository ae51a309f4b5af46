import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMemory, createMemory, memoryTerms, mixWithMemory } from './memory.js';
import { createModel, FEATURE_VERSION } from './index.js';

const lines = [
  'We saved 725 million dollars on the planes.',
  'Thank you all for coming tonight.',
  'The crowd was the biggest ever.',
  'It is good to be here.',
];

test('memory terms: content stems and numbers, each once; stop words and symbols are none', () => {
  assert.deepEqual(memoryTerms('the THE the ?'), []);
  assert.equal(memoryTerms('planes plane').length, 1, 'one stem');
  assert.equal(memoryTerms('725 million').length, 2);
  assert.deepEqual(memoryTerms('We saved 725 million.'), memoryTerms('we SAVED 725 million'));
});

test('a line repeating a remembered claim is most like it; an unrelated line is not', () => {
  const all = lines.map(memoryTerms);
  const memory = buildMemory(all, [all[0], all[2]], 0.2);
  assert.equal(memory.lines.length, 2);
  assert.equal(memory.terms.length, memory.idf.length);
  const like = createMemory(memory);
  const repeat = like('And we saved 725 million dollars on those planes, believe me.');
  const other = like('Good evening, everybody.');
  assert.ok(repeat > 0.5 && repeat <= 1 + 1e-9, String(repeat));
  assert.equal(other, 0);
  assert.ok(like('The crowd today is big.') > 0);
});

test('mixing with the memory moves a remembered line up, keeps scores in (0, 1), and weight 0 changes nothing', () => {
  const scores = [0.2, 0.3, 0.25, 0.1];
  const sims = [0.9, 0, 0, 0];
  const mixed = mixWithMemory(scores, sims, 0.5);
  assert.ok(mixed[0] > mixed[1], 'the remembered line now ranks first');
  assert.ok(mixed.every((x) => x > 0 && x < 1));
  assert.deepEqual(mixWithMemory(scores, sims, 0), scores);
  assert.deepEqual(mixWithMemory([0.4], [1], 0.5), [0.4], 'one line: nothing to standardise');
  // Constant similarities (no line like any remembered one) leave the order as it was.
  const flat = mixWithMemory(scores, [0, 0, 0, 0], 0.5);
  assert.deepEqual(flat.map((_, i) => i).sort((a, b) => flat[b] - flat[a]), [1, 2, 0, 3]);
});

test('a model with a memory ranks a transcript with it; single sentences are scored without it', () => {
  const all = lines.map(memoryTerms);
  const base = { name: 'checkworthiness' as const, featureVersion: FEATURE_VERSION, bits: 8, bias: 0, indices: [], weights: [], trained: {} };
  const plain = createModel(base);
  const remembering = createModel({ ...base, memory: buildMemory(all, [all[2]], 0.5) });
  const transcript = lines.map((text) => ({ speaker: 'A', text }));
  const ranked = remembering.rankTranscript(transcript);
  assert.ok(ranked[2] > ranked[0] && ranked[2] > ranked[1], ranked.join(' '));
  assert.equal(remembering.score(lines[2]), plain.score(lines[2]));
});
