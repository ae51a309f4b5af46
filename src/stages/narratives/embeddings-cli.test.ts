// claimtrail analyze --embeddings DIR, through the CLI entry point, with a tiny model built by the test.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { capture } from '../../cli/test-helpers.js';
import { main } from '../../cli/main.js';
import type { Doc } from '../../core/types.js';
import { writeTinyModel } from '../../knowledge/embeddings/tiny-model.js';

const ort = (() => {
  try {
    createRequire(import.meta.url).resolve('onnxruntime-node');
    return true;
  } catch {
    return false;
  }
})();
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-emb-'));
const article = join(dir, 'article.txt');
writeFileSync(article, 'Report\n\nFlumph vizzle.\n');
const catalogue = join(dir, 'made-up.yml');
writeFileSync(catalogue, '- id: made-up\n  title: A made-up claim\n  examples: [Zorblat quinx]\n');

test('analyze --embeddings DIR: an example-only narrative met through the model', { skip: ort ? false : 'onnxruntime-node is not installed (optional dependency)' }, async () => {
  const model = writeTinyModel(join(dir, 'model'), [['zorblat', 'flumph'], ['quinx', 'vizzle']]);
  const without = await capture(() => main(['analyze', article, '--narratives-only', '--narratives', catalogue, '--language', 'en']));
  assert.deepEqual((JSON.parse(without.out) as Doc).layers.narratives, []);
  const { code, out } = await capture(() => main(['analyze', article, '--narratives-only', '--narratives', catalogue, '--language', 'en', '--embeddings', model]));
  assert.equal(code, 0);
  assert.deepEqual((JSON.parse(out) as Doc).layers.narratives!.map((n) => `${n.id} ${n.stance}`), ['made-up asserts']);
});

test('analyze --embeddings with a folder that is not a model stops before any input is read', async () => {
  const { code, err } = await capture(() => main(['analyze', article, '--embeddings', join(dir, 'nothing-here')]));
  assert.notEqual(code, 0);
  assert.match(err, /nothing-here/);
});
