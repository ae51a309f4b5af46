import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { loadEmbeddings } from './embeddings.js';
import { writeTinyModel } from './tiny-model.js';
import { parseTokenizer } from './tokenizer.js';

const ort = (() => {
  try {
    createRequire(import.meta.url).resolve('onnxruntime-node');
    return true;
  } catch {
    return false;
  }
})();
const needsOrt = { skip: ort ? false : 'onnxruntime-node is not installed (optional dependency)' };
const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i], 0);

test('a model we build ourselves loads, and embeds words of one group alike in any language', needsOrt, async () => {
  const dir = writeTinyModel(join(mkdtempSync(join(tmpdir(), 'claimtrail-emb-')), 'tiny'), [['coup', 'переворот', 'Putsch'], ['sanctions', 'санкции']]);
  const e = loadEmbeddings(dir);
  try {
    assert.equal(e.dims, 8);
    const [en, ru, other] = e.embed(['The coup', 'это переворот', 'санкции']);
    assert.ok(Math.abs(Math.hypot(...en) - 1) < 1e-5, 'unit length');
    assert.ok(dot(en, ru) > 0.99, `coup ~ переворот: ${dot(en, ru)}`);
    assert.ok(dot(en, other) < 0.5, `coup !~ санкции: ${dot(en, other)}`);
    assert.equal(e.embed(Array.from({ length: 70 }, () => 'coup')).length, 70, 'batches of 32 put back together');
  } finally {
    await e.close();
  }
});

test('a folder that is not a model gets a clear error naming it', needsOrt, () => {
  assert.throws(() => loadEmbeddings('/no/such/folder'), { code: 'INPUT_NOT_FOUND' });
  const empty = mkdtempSync(join(tmpdir(), 'claimtrail-emb-'));
  assert.throws(() => loadEmbeddings(empty), { code: 'EMBEDDINGS_INVALID', message: /no model\.onnx/ });
  writeFileSync(join(empty, 'model.onnx'), 'not a model');
  assert.throws(() => loadEmbeddings(empty), { code: 'EMBEDDINGS_INVALID', message: /no tokenizer\.json/ });
  writeFileSync(join(empty, 'tokenizer.json'), JSON.stringify({ model: { type: 'WordLevel', vocab: { '[UNK]': 0 }, unk_token: '[UNK]' } }));
  assert.throws(() => loadEmbeddings(empty), { code: 'EMBEDDINGS_INVALID', message: new RegExp(empty) });
});

test('WordPiece: lower-cased, accents stripped, longest pieces first, [CLS] … [SEP] from the template', () => {
  const t = parseTokenizer({
    normalizer: { type: 'BertNormalizer', lowercase: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', vocab: { '[UNK]': 0, '[CLS]': 1, '[SEP]': 2, coup: 3, put: 4, '##sch': 5, '.': 6 } },
    post_processor: { type: 'TemplateProcessing', single: [{ SpecialToken: { id: '[CLS]' } }, { Sequence: { id: 'A' } }, { SpecialToken: { id: '[SEP]' } }] },
  });
  assert.deepEqual(t.encode('Coup. Putsch xyz', 16), [1, 3, 6, 4, 5, 0, 2]);
  assert.deepEqual(t.encode('coup coup coup coup', 4), [1, 3, 3, 2], 'at most max ids, specials kept');
});

test('Unigram: the most probable segmentation, with the ▁ word mark', () => {
  const t = parseTokenizer({
    model: { type: 'Unigram', unk_id: 0, vocab: [['<unk>', 0], ['<s>', 0], ['</s>', 0], ['▁bio', -2], ['lab', -2], ['▁biolab', -3], ['s', -1], ['▁b', -5], ['iolabs', -9]] },
    post_processor: { type: 'TemplateProcessing', single: [{ SpecialToken: { id: '<s>' } }, { Sequence: { id: 'A' } }, { SpecialToken: { id: '</s>' } }] },
  });
  assert.deepEqual(t.encode('biolabs', 16), [1, 5, 6, 2]);
});

test('an unknown tokenizer model is refused by name', () => {
  assert.throws(() => parseTokenizer({ model: { type: 'BPE' } }), /"BPE" is not supported/);
});

test('a model in onnx/model.onnx (the layout of exported Hugging Face folders) is found', needsOrt, async () => {
  const root = mkdtempSync(join(tmpdir(), 'claimtrail-emb-'));
  const built = writeTinyModel(join(root, 'built'), [['a']]);
  const dir = join(root, 'hf');
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const { copyFileSync } = await import('node:fs');
  copyFileSync(join(built, 'model.onnx'), join(dir, 'onnx', 'model.onnx'));
  copyFileSync(join(built, 'tokenizer.json'), join(dir, 'tokenizer.json'));
  const e = loadEmbeddings(dir);
  assert.equal(e.dims, 8);
  await e.close();
});
