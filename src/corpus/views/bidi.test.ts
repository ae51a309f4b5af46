import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isolate } from './bidi.js';
import { duplicatesMd, outletsMd } from './markdown.js';

test('issue 15: right-to-left names are isolated (U+2068…U+2069), others unchanged', () => {
  assert.equal(isolate('الإمارة'), '\u2068الإمارة\u2069');
  assert.equal(isolate('דבר'), '\u2068דבר\u2069');
  assert.equal(isolate('Вечерний вестник'), 'Вечерний вестник');
  assert.equal(isolate('Harbour Gazette'), 'Harbour Gazette');
});

test('issue 15: an Arabic outlet keeps its count after it in the Markdown a terminal shows', () => {
  const md = outletsMd({ outlets: [{ outlet: 'المرصاد', articles: 3, words: 900, firstPublished: null, lastPublished: null, languages: [{ key: 'ar', count: 3 }], narratives: [], techniques: [], republished: 0, originalsCopied: 0 }] });
  assert.match(md, /\| \u2068المرصاد\u2069 \| 3 \|/);
});

test('duplicates view as Markdown: origin, then each republication with its similarity', () => {
  const doc = (id: number, outlet: string) => ({ doc: id, title: `T${id}`, outlet, language: 'ar', published: '2024-02-1' + id, url: null });
  const md = duplicatesMd({ groups: [{ group: 1, origin: doc(1, 'المرصاد'), republications: [{ ...doc(2, 'Copy Post'), similarity: 0.934 }] }] });
  assert.match(md, /## Origin: 2024-02-11 · \u2068المرصاد\u2069 · ar · T1/);
  assert.match(md, /\| 2024-02-12 \| Copy Post \| ar \| 0\.93 \| T2 \| 2 \|/);
  assert.match(duplicatesMd({ groups: [] }), /No article of this corpus is a near-copy/);
});
