import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, docFromJSON, withLayers, withMeta } from './doc.js';

test('a document survives JSON.stringify and JSON.parse unchanged', () => {
  const doc = withLayers(createDoc({ text: 'Kabulov said it. “Yes.”', meta: { title: 'T' } }), {
    sentences: [{ start: 0, end: 16, paragraph: 0 }],
    quotes: [{ id: 'q1', kind: 'direct', content: { start: 17, end: 23 }, cue: null, speaker: { entityId: null, name: 'Kabulov', span: { start: 0, end: 7 } }, venue: null }],
  });
  const back = docFromJSON(JSON.stringify(doc));
  assert.deepEqual(back, JSON.parse(JSON.stringify(doc)));
  assert.deepEqual(back.layers.quotes, doc.layers.quotes);
  assert.equal(back.text.slice(back.layers.quotes![0].content.start, back.layers.quotes![0].content.end), '“Yes.”');
});

test('documents are immutable: with* returns a new document and leaves the old one as it was', () => {
  const doc = createDoc({ text: 'abc' });
  const next = withMeta(doc, { language: 'en' });
  assert.equal(doc.meta.language, null);
  assert.equal(next.meta.language, 'en');
  assert.throws(() => {
    (doc as { text: string }).text = 'x';
  }, TypeError);
});

test('the id is a stable hash of the text', () => {
  assert.equal(createDoc({ text: 'same' }).id, createDoc({ text: 'same', meta: { title: 'other' } }).id);
  assert.notEqual(createDoc({ text: 'same' }).id, createDoc({ text: 'different' }).id);
});

test('docFromJSON rejects what is not a document, naming what it expects', () => {
  assert.throws(() => docFromJSON('{"a":1}'), /expected an object with `text` and `layers`/);
});
