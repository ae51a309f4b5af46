// specific.ts: of two narratives met by one sentence, the one whose own elements it names. Keys written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { mostSpecific } from './specific.js';

const KEYS = new Map([
  [0, new Set(['x:maidan', 'k:coup', 'k:organise', 'c:west', 'c:kyiv'])], // a coup in Kyiv organised by the West
  [1, new Set(['k:revolution', 'x:colour', 'k:organise', 'c:west', 'x:ngo'])], // colour revolutions organised by the West
]);

test('a sentence naming the Maidan and the West organising keeps the coup, not the colour revolutions', () => {
  const shared = new Map([
    [0, new Set(['x:maidan', 'k:organise', 'c:west'])],
    [1, new Set(['k:organise', 'c:west'])],
  ]);
  assert.deepEqual([...mostSpecific(shared, KEYS)], [0]);
});

test('a sentence sharing only what both say keeps both; one naming elements of each keeps both', () => {
  assert.deepEqual([...mostSpecific(new Map([[0, new Set(['k:organise'])], [1, new Set(['k:organise'])]]), KEYS)], [0, 1]);
  assert.deepEqual([...mostSpecific(new Map([[0, new Set(['c:kyiv'])], [1, new Set(['x:ngo'])]]), KEYS)], [0, 1]);
});
