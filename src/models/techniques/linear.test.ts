import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromDense, fromStored, toDense, toSparse } from './linear.js';

test('dense int8 weights round-trip within half a quantisation step; zeros stay zero', () => {
  const table = new Float32Array(1 << 10);
  for (let i = 0; i < table.length; i += 7) table[i] = Math.sin(i) * 2;
  const stored = toDense(table, 9, ['a', 'b']);
  const back = fromDense(stored).table;
  assert.equal(back.length, table.length);
  for (let i = 0; i < table.length; i++) assert.ok(Math.abs(back[i] - table[i]) <= stored.scale / 2 + 1e-6, `${i}`);
  assert.equal(back[1], 0);
  assert.ok(stored.int8.length < table.length, 'compressed below one byte a weight');
});

test('a dense table of the wrong size is refused; sparse files still load', () => {
  const stored = toDense(new Float32Array(8), 2, ['a', 'b']);
  assert.throws(() => fromDense({ ...stored, bits: 3 }), /expected 16/);
  const sparse = toSparse(Float32Array.from([0, 1.5, 0, -2]), 2, ['x'], 10);
  assert.deepEqual(Array.from(fromStored(sparse).table), [0, 1.5, 0, -2]);
});

test('dense models: each byte mapped through weights gives exactly the float table (scorers read the bytes)', () => {
  const table = new Float32Array(1 << 10);
  for (let i = 0; i < table.length; i += 3) table[i] = Math.cos(i) * 3;
  const model = fromDense(toDense(table, 9, ['a', 'b']));
  assert.ok(model.bytes && model.weights);
  for (let i = 0; i < table.length; i++) assert.equal(model.weights[model.bytes[i]], model.table[i], `${i}`);
  assert.equal(fromStored(toSparse(table, 9, ['a', 'b'], 100)).bytes, null);
});
