import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import test from 'node:test';
import type { Narrative } from '../../knowledge/narratives/index.js';
import { cachedCompile, diskCached } from './compiled-cache.js';
import type { CompiledCatalogue } from './patterns.js';

// Each test uses a key of its own, so runs (and other processes) never share its cache entry.
const key = () => `test\0${randomUUID()}`;

test('a value is computed once, then read back from disk with its Maps and Sets', () => {
  const k = key();
  let computed = 0;
  const compute = () => {
    computed++;
    return { byKey: new Map([['x:create', [1, 2]]]), words: new Set(['w:en:isis']), weights: new Float64Array([0.5, 1.5]) };
  };
  const first = diskCached(k, compute, () => true);
  const second = diskCached(k, compute, (v) => v.byKey instanceof Map);
  assert.equal(computed, 1);
  assert.notEqual(second, first, 'the second is the copy read from disk');
  assert.deepEqual(second, first);
});

test('a stored value the caller finds invalid is computed again', () => {
  const k = key();
  let computed = 0;
  diskCached(k, () => ++computed, () => true);
  assert.equal(diskCached(k, () => ++computed, (v) => v > 1), 2);
  assert.equal(computed, 2);
});

test('CLAIMTRAIL_COMPILED_CACHE=off computes every time', () => {
  const k = key();
  let computed = 0;
  const before = process.env.CLAIMTRAIL_COMPILED_CACHE;
  process.env.CLAIMTRAIL_COMPILED_CACHE = 'off';
  try {
    diskCached(k, () => ++computed, () => true);
    diskCached(k, () => ++computed, () => true);
  } finally {
    if (before === undefined) delete process.env.CLAIMTRAIL_COMPILED_CACHE;
    else process.env.CLAIMTRAIL_COMPILED_CACHE = before;
  }
  assert.equal(computed, 2);
});

test('a compiled catalogue read back holds the caller\'s own narrative objects (stages know them by identity)', () => {
  const narrative: Narrative = { id: `n-${randomUUID()}`, title: 'The US created ISIS', description: '', examples: [], keywords: {}, entities: [], predicates: [], parent: null, source: null, note: null, origin: { file: 'mine.yml', line: 1 } };
  let computed = 0;
  const compile = (): CompiledCatalogue => {
    computed++;
    return { narratives: [narrative], patterns: [], byFrame: new Map([['us>create>isis', [0]]]), byTopic: new Map(), idf: new Map(), ancestors: new Map() };
  };
  cachedCompile([narrative], compile);
  const again = cachedCompile([narrative], compile);
  assert.equal(computed, 1);
  assert.equal(again.narratives[0], narrative);
  assert.deepEqual(again.byFrame.get('us>create>isis'), [0]);
});
