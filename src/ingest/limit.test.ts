import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../core/doc.js';
import { toSource } from '../core/source-map.js';
import { capText, DEFAULT_MAX_CHARS } from './limit.js';
import { fromText } from './text.js';
import { fromHtml } from './html/index.js';

const PARA = 'The envoy said in an interview that the rivals had armed the militia, a claim the ministry denied.';

test('a text within the cap is returned as it is', () => {
  const doc = createDoc({ text: PARA });
  assert.equal(capText(doc, 1000), doc);
});

test('a longer text is cut at a paragraph break before the cap, with a warning naming both sizes', () => {
  const text = Array.from({ length: 50 }, (_, i) => `${i}. ${PARA}`).join('\n\n');
  const doc = capText(createDoc({ text }), 1000);
  assert.ok(doc.text.length <= 1000 && doc.text.length >= 900, String(doc.text.length));
  assert.ok(text.startsWith(doc.text));
  assert.ok(doc.text.endsWith('denied.'));
  const warning = doc.messages.find((m) => m.ruleId === 'text-truncated');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.actual, String(text.length));
  assert.equal(warning?.expected, '1000');
  // The source map stops at the cut and still leads back to the same characters.
  const last = doc.sourceMap[doc.sourceMap.length - 1];
  assert.ok(last.end <= doc.text.length);
  const span = toSource(doc.sourceMap, { start: doc.text.length - 7, end: doc.text.length });
  assert.equal(span && text.slice(span.start, span.end), 'denied.');
});

test('a text with no breaks at all is cut at the cap, never inside a surrogate pair', () => {
  const text = `${'x'.repeat(999)}😀${'y'.repeat(100)}`;
  const doc = capText(createDoc({ text }), 1000);
  assert.equal(doc.text, 'x'.repeat(999));
});

test('fromText and fromHtml apply the cap (default and given)', () => {
  const big = Array.from({ length: 3000 }, () => PARA).join('\n\n');
  assert.ok(big.length > DEFAULT_MAX_CHARS);
  const text = fromText(big, { name: 'big.txt' });
  assert.ok(text.text.length <= DEFAULT_MAX_CHARS);
  assert.ok(text.messages.some((m) => m.ruleId === 'text-truncated'));
  const html = fromHtml(`<html><body><article>${Array.from({ length: 100 }, () => `<p>${PARA}</p>`).join('')}</article></body></html>`, { name: 'big.html', encoding: 'utf-8', bytes: 0, maxChars: 2000 });
  assert.ok(html.text.length <= 2000);
  assert.ok(html.messages.some((m) => m.ruleId === 'text-truncated'));
});

test('a page just over --max-bytes names both sizes in bytes (not "20.0 MB; the limit is 20.0 MB")', async () => {
  const { readBytes } = await import('./file.js');
  assert.throws(() => readBytes(new TextEncoder().encode(`<p>${'x'.repeat(2000)}</p>`), 'big.html', { maxBytes: 2006 }), /"big\.html" is 2007 bytes; the limit is 2006 bytes/);
  assert.throws(() => readBytes(new TextEncoder().encode(`<p>${'x'.repeat(5000)}</p>`), 'big.html', { maxBytes: 2048 }), /is 4\.9 KB; the limit is 2\.0 KB/);
});

test('an HTML page past the cap is not written out whole, and the warning still gives its full length', () => {
  const html = `<html><body><article>${Array.from({ length: 300 }, (_, i) => `<p>${i}. ${PARA}</p>`).join('')}</article></body></html>`;
  const whole = fromHtml(html, { name: 'big.html', encoding: 'utf-8', bytes: 0, maxChars: 1_000_000 });
  const capped = fromHtml(html, { name: 'big.html', encoding: 'utf-8', bytes: 0, maxChars: 2000 });
  assert.ok(whole.text.startsWith(capped.text));
  assert.ok(capped.text.length <= 2000 && capped.text.length > 1800, String(capped.text.length));
  const warning = capped.messages.find((m) => m.ruleId === 'text-truncated');
  assert.equal(warning?.actual, String(whole.text.length));
  assert.ok(capped.sourceMap.length < whole.sourceMap.length / 5);
});
