import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes } from './decode.js';
import { decodeText } from './windows-1252.js';

// Regression: Node 20 decoded windows-1252 as latin-1, so German „quotes“, € and dashes vanished from pages.
test('windows-1252 bytes 0x80–0x9F decode to the characters the Encoding Standard gives', () => {
  const bytes = Uint8Array.from([0x84, 0x41, 0x93, 0x20, 0x80, 0x20, 0x96, 0x20, 0x85, 0x20, 0x92, 0xe4]);
  assert.equal(decodeText(bytes, 'windows-1252'), '„A“ € – … ’ä');
  assert.equal(decodeText(bytes, 'latin1'), '„A“ € – … ’ä', 'latin1 is an alias of windows-1252 on the web');
  const page = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>sagte: '), Buffer.from([0x84]), Buffer.from('Nein'), Buffer.from([0x93]), Buffer.from('</p>')]);
  assert.match(decodeBytes(page, { name: 'p.html', isHtml: true }).text, /sagte: „Nein“/);
});
