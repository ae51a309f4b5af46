import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN_RE } from '../../knowledge/gazetteer/index.js';
import { tokenize } from './tokens.js';

/** The split tokenize must reproduce: TOKEN_RE over text[from, to). */
function reference(text: string, from = 0, to = text.length): { start: number; end: number; raw: string }[] {
  const re = new RegExp(TOKEN_RE.source, 'gu');
  const slice = text.slice(from, to);
  return [...slice.matchAll(re)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, raw: m[0] }));
}

const plain = (text: string, from?: number, to?: number) => tokenize(text, from, to).map(({ start, end, raw }) => ({ start, end, raw }));

test('tokenize splits as TOKEN_RE does: words, punctuation, spaces of every kind', () => {
  const texts = [
    'The U.S.-backed "coalition" said: NATO’s 2014 plan — fails!',
    'Laut Kabulow\u00a0hat die Bündnis-Führung\u2009(NATO) gelogen…',
    'والولايات المتحدة بالإرهاب، قال.',
    'Американские\u3000биолаборатории\u2028в Украине',
    'e\u0301cole cafe\u0301\tand\r\nmore\u000b\u000ctabs\ufeffhere',
    '',
    '   ',
  ];
  for (const text of texts) assert.deepEqual(plain(text), reference(text), text);
});

test('tokenize keeps surrogate pairs whole: astral letters in words, emoji as one token, lone halves alone', () => {
  const texts = ['say 𝐀𝐁c now 😀😀 ok', 'x\ud83dy \ude00z', 'tail \ud835'];
  for (const text of texts) assert.deepEqual(plain(text), reference(text), JSON.stringify(text));
});

test('tokenize over a range gives offsets into the whole text, a pair cut by the range end split as the slice is', () => {
  const text = 'Moscow said 𝐀 and 😀 left';
  assert.deepEqual(plain(text, 7, 18), reference(text, 7, 18));
  assert.deepEqual(plain(text, 5, 13), reference(text, 5, 13));
  assert.deepEqual(plain(text, 0, 13), reference(text, 0, 13));
});

test('tokenize gives word keys, Arabic variants without proclitics, and punctuation keys', () => {
  const tokens = tokenize('والولايات US-backed');
  assert.deepEqual(tokens[0].keys.slice(0, 3), ['والولايات', 'ولايات', 'الولايات']);
  assert.deepEqual(tokens.slice(1).map((t) => [t.raw, t.keys[0], t.word]), [['US', 'us', true], ['-', '-', false], ['backed', 'backed', true]]);
});
