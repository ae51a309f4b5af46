import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toSource } from '../core/source-map.js';
import { fromText } from './text.js';

const ARTICLE = `Envoy says the river dam was sabotaged

  The regional envoy, Ana Petrova, said on Monday that the dam had been damaged on purpose.

"We have seen the photographs," she said.

Marta Lind
Share this
Exit mobile version
`;

test('the first line becomes the title, debris is removed and the trailing author line becomes the byline', () => {
  const doc = fromText(ARTICLE, { name: 'dam.txt' });
  assert.equal(doc.meta.title, 'Envoy says the river dam was sabotaged');
  assert.equal(doc.meta.byline, 'Marta Lind');
  assert.deepEqual(doc.meta.authors, ['Marta Lind']);
  assert.ok(!doc.text.includes('Exit mobile version'));
  assert.ok(!doc.text.includes('Share this'));
  assert.ok(!doc.text.includes('Marta Lind'));
  assert.ok(doc.text.startsWith('Envoy says the river dam was sabotaged\n\nThe regional envoy'));
});

test('every character of the clean text maps back to the same character of the file', () => {
  const doc = fromText(ARTICLE, { name: 'dam.txt' });
  const start = doc.text.indexOf('Ana Petrova');
  const span = toSource(doc.sourceMap, { start, end: start + 'Ana Petrova'.length })!;
  assert.equal(ARTICLE.slice(span.start, span.end), 'Ana Petrova');
});

test('"By" bylines split several authors; a one-word last line without "By" stays text', () => {
  assert.deepEqual(fromText('Headline here\n\nBody text.\n\nBy Jane Roe and John Doe\n', { name: 'x' }).meta.authors, ['Jane Roe', 'John Doe']);
  const doc = fromText('Headline here\n\nBody text.\n\nThanks\n', { name: 'x' });
  assert.equal(doc.meta.byline, null);
  assert.ok(doc.text.endsWith('Thanks'));
});

test('a first line ending in a full stop is not a title', () => {
  assert.equal(fromText('This is a sentence.\nAnother one.\n', { name: 'x' }).meta.title, null);
});

test('a text of nothing but debris is refused as empty, naming the input', () => {
  assert.throws(() => fromText('Share this\nExit mobile version\n', { name: 'debris.txt' }), /"debris\.txt" is empty/);
});

test('Windows line endings are read like Unix ones', () => {
  const doc = fromText('Title line here\r\n\r\nFirst paragraph.\r\nSame paragraph.\r\n', { name: 'crlf.txt' });
  assert.equal(doc.text, 'Title line here\n\nFirst paragraph.\nSame paragraph.');
});
