import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterOf, formatClusters, kmeans, parseClusters } from './clusters.js';
import type { WordVectors } from '../word-vectors/format.js';

test('cluster file round trip and a word found by its stem', () => {
  const clusters = parseClusters('tariff import\nhospit doctor\n');
  assert.equal(clusters.get('import'), 0);
  assert.equal(clusterOf(clusters, 'hospitals'), 1);
  assert.equal(clusterOf(clusters, 'the'), undefined);
  assert.deepEqual(parseClusters(formatClusters(clusters)), clusters);
});

test('spherical k-means puts words of like direction together, deterministically, and leaves zero rows out', () => {
  const words = ['a1', 'a2', 'b1', 'b2', 'z'];
  const data = Float32Array.from([1, 0, 0.99, 0.14, 0, 1, 0.14, 0.99, 0, 0]);
  const v: WordVectors = { words, index: new Map(words.map((w, i) => [w, i])), dim: 2, data };
  const c = kmeans(v, 2, 5, 7);
  assert.equal(c.get('a1'), c.get('a2'));
  assert.equal(c.get('b1'), c.get('b2'));
  assert.notEqual(c.get('a1'), c.get('b1'));
  assert.equal(c.has('z'), false);
  assert.deepEqual(kmeans(v, 2, 5, 7), c);
});
