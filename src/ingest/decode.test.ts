import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, sniffLegacy } from './decode.js';
import { ClaimtrailError } from '../core/errors.js';

/** Encodes a string in a single-byte legacy character set, via a reverse map built from TextDecoder over 0x80–0xFF. */
function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const reverse = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) reverse.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text], (ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
    const byte = reverse.get(ch);
    if (byte === undefined) throw new Error(`${ch} not in ${encoding}`);
    return byte;
  });
}

const RU = 'Специальный представитель президента России по Афганистану заявил в интервью, что американские вертолёты перевозили боевиков.';
const AR = 'قال المبعوث الروسي الخاص إلى أفغانستان في مقابلة مع قناة تلفزيونية إن الولايات المتحدة أنشأت التنظيم.';
const FR = 'Le représentant spécial a déclaré à la télévision que les élèves étaient très préoccupés par la sécurité.';
const opts = { name: 'page.html', isHtml: true };

test('a BOM wins over everything', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>héllo</p>')]);
  assert.deepEqual({ ...decodeBytes(bytes, { ...opts, declared: 'windows-1251' }), messages: [] }, { text: '<p>héllo</p>', encoding: 'utf-8', messages: [] });
});

test('a <meta charset> in the head is followed', () => {
  const bytes = encodeLegacy(`<html><head><meta charset="windows-1251"></head><body><p>${RU}</p>`, 'windows-1251');
  const out = decodeBytes(bytes, opts);
  assert.equal(out.encoding, 'windows-1251');
  assert.ok(out.text.includes(RU));
});

test('an http-equiv content type is followed', () => {
  const bytes = encodeLegacy(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>${RU}</p>`, 'koi8-r');
  assert.equal(decodeBytes(bytes, opts).encoding, 'koi8-r');
});

test('the declared character set overrides the page', () => {
  const bytes = encodeLegacy(`<meta charset="utf-8"><p>${RU}</p>`, 'koi8-r');
  const out = decodeBytes(bytes, { ...opts, declared: 'KOI8-R' });
  assert.equal(out.encoding, 'koi8-r');
  assert.ok(out.text.includes(RU));
});

test('valid UTF-8 with no declaration is read as UTF-8', () => {
  const out = decodeBytes(new TextEncoder().encode(`<p>${RU} ${AR}</p>`), opts);
  assert.equal(out.encoding, 'utf-8');
  assert.equal(out.messages.length, 0);
});

test('undeclared legacy bytes are guessed by letter frequencies', () => {
  for (const [text, encoding] of [[RU, 'windows-1251'], [RU, 'koi8-r'], [AR, 'windows-1256'], [FR, 'windows-1252']] as const) {
    const bytes = encodeLegacy(`<p>${text}</p>`, encoding);
    assert.equal(sniffLegacy(bytes), encoding, `${encoding}`);
    const out = decodeBytes(bytes, { name: 'x.txt', isHtml: false });
    assert.equal(out.encoding, encoding);
    assert.ok(out.text.includes(text));
    assert.equal(out.messages[0].ruleId, 'encoding-guessed');
  }
});

test('an unknown declared label falls back to guessing, with a message', () => {
  const bytes = encodeLegacy(`<meta charset="x-klingon"><p>${RU}</p>`, 'windows-1251');
  const out = decodeBytes(bytes, opts);
  assert.equal(out.encoding, 'windows-1251');
  assert.ok(out.messages.some((m) => m.ruleId === 'encoding-unknown-label' && m.actual === 'x-klingon'));
});

test('a page that declares latin-1 but is valid UTF-8 is read as UTF-8', () => {
  const out = decodeBytes(new TextEncoder().encode(`<meta charset="iso-8859-1"><p>${FR}</p>`), opts);
  assert.equal(out.encoding, 'utf-8');
  assert.ok(out.text.includes(FR));
});

test('binary input is refused with INPUT_BINARY', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
  assert.throws(() => decodeBytes(png, { name: 'logo.png', isHtml: true }), (e: unknown) => e instanceof ClaimtrailError && e.code === 'INPUT_BINARY' && e.message.includes('logo.png'));
  const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x01 : 0x41));
  assert.throws(() => decodeBytes(controls, { name: 'blob', isHtml: false }), /control bytes/);
});
