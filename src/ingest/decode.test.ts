import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, scanUtf8, sniffLegacy } from './decode.js';
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

/** UTF-8 bytes of `text` with one invalid byte (0xFF never occurs in UTF-8) put in at `at`. */
function utf8WithBadByte(text: string, at: number): Uint8Array {
  const good = new TextEncoder().encode(text);
  return Uint8Array.from([...good.subarray(0, at), 0xff, ...good.subarray(at)]);
}

test('issue 16: a UTF-8 Russian page with one invalid byte stays UTF-8 (a replacement character and a warning)', () => {
  const page = `<html><head><title>${RU.slice(0, 40)}</title></head><body><p>${RU}</p><p>${RU}</p></body></html>`;
  for (const [label, html] of [['undeclared', page], ['declared', `<meta charset="utf-8">${page}`]] as const) {
    const bytes = utf8WithBadByte(html, html.length); // the byte lands inside the text, after many Cyrillic letters
    const out = decodeBytes(bytes, opts);
    assert.equal(out.encoding, 'utf-8', label);
    assert.ok(out.text.includes(RU), label);
    assert.equal(out.text.split('\ufffd').length - 1, 1, label);
    const warning = out.messages.find((m) => m.ruleId === 'encoding-invalid-bytes');
    assert.equal(warning?.severity, 'warning', label);
    assert.equal(warning?.actual, '1', label);
  }
});

test('issue 16: a bad byte inside a multi-byte letter, or a letter cut at the very end, stays UTF-8 with a warning', () => {
  const letters = new TextEncoder().encode(`<html><body><p>${RU}</p><p>${RU}</p></body></html>`);
  const at = letters.indexOf(0xd0, 100); // the first byte of a two-byte Cyrillic letter
  const inside = Uint8Array.from([...letters.subarray(0, at + 1), 0xff, ...letters.subarray(at + 2)]); // its second byte is bad
  const out = decodeBytes(inside, { name: 'inside.html', isHtml: true });
  assert.equal(out.encoding, 'utf-8');
  // the lone lead byte and the bad byte are each replaced (as the WHATWG decoder does); the rest reads as it was
  assert.equal(out.text.split('\ufffd').length - 1, 2);
  assert.equal(out.messages.find((m) => m.ruleId === 'encoding-invalid-bytes')?.actual, '2');
  assert.ok(out.text.includes(RU), 'the second paragraph is whole');

  const text = new TextEncoder().encode(`${RU}\n\n${RU} продолжатся`);
  const cut = text.subarray(0, text.length - 1); // the file ends half-way through the last letter
  const end = decodeBytes(cut, { name: 'cut.txt', isHtml: false });
  assert.equal(end.encoding, 'utf-8');
  assert.ok(end.text.endsWith('продолжатс\ufffd'), JSON.stringify(end.text.slice(-12)));
  assert.equal(end.messages.find((m) => m.ruleId === 'encoding-invalid-bytes')?.actual, '1');
  const last = decodeBytes(Uint8Array.from([...text, 0xff]), { name: 'last.txt', isHtml: false });
  assert.equal(last.encoding, 'utf-8');
  assert.ok(last.text.endsWith('продолжатся\ufffd'));
});

test('a page mis-declared as windows-1251 whose bytes are UTF-8 with a stray byte is read as UTF-8', () => {
  const out = decodeBytes(utf8WithBadByte(`<meta charset="windows-1251"><p>${RU}</p>`, 40), opts);
  assert.equal(out.encoding, 'utf-8');
  assert.ok(out.messages.some((m) => m.ruleId === 'encoding-declared-wrong'));
});

test('a page that declares UTF-8 but is wholly windows-1251 is still guessed', () => {
  const out = decodeBytes(encodeLegacy(`<meta charset="utf-8"><p>${RU}</p>`, 'windows-1251'), opts);
  assert.equal(out.encoding, 'windows-1251');
  assert.ok(out.text.includes(RU));
  assert.ok(out.messages.some((m) => m.ruleId === 'encoding-declared-invalid'));
});

test('--encoding utf-8 is honoured even with invalid bytes', () => {
  const out = decodeBytes(Uint8Array.from([0x61, 0xe9, 0x62]), { name: 'x.txt', isHtml: false, declared: 'utf-8' });
  assert.equal(out.text, 'a\ufffdb');
  assert.ok(out.messages.some((m) => m.ruleId === 'encoding-invalid-bytes'));
});

test('issue 16: --encoding utf-16le reads BOM-less UTF-16 text (its NUL bytes are not binary)', () => {
  const text = `${RU}\nThe envoy said so.`;
  const le = Uint8Array.from(Buffer.from(text, 'utf16le'));
  assert.throws(() => decodeBytes(le, { name: 'u16.txt', isHtml: false }), /INPUT_BINARY|binary/);
  const out = decodeBytes(le, { name: 'u16.txt', isHtml: false, declared: 'utf-16le' });
  assert.equal(out.encoding, 'utf-16le');
  assert.equal(out.text, text);
  const be = Uint8Array.from(Buffer.from(text, 'utf16le').swap16());
  assert.equal(decodeBytes(be, { name: 'u16be.txt', isHtml: false, declared: 'UTF-16BE' }).text, text);
});

test('scanUtf8 counts well-formed sequences and stray bytes (overlong, surrogate, truncated)', () => {
  assert.deepEqual(scanUtf8(new TextEncoder().encode('aé€😀')), { valid: 3, invalid: 0 });
  assert.deepEqual(scanUtf8(Uint8Array.from([0xc0, 0xaf])), { valid: 0, invalid: 2 }); // overlong "/"
  assert.deepEqual(scanUtf8(Uint8Array.from([0xed, 0xa0, 0x80])), { valid: 0, invalid: 3 }); // a surrogate
  assert.deepEqual(scanUtf8(Uint8Array.from([0x61, 0xe2, 0x82])), { valid: 0, invalid: 2 }); // cut at the end
});
