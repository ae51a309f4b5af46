import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { lastMark, scanTokens, tokenizeDoc } from './tokens.js';

const REGEX = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

test('the hand-written scanner finds exactly the tokens of the regex it replaced', () => {
  const samples = [
    'The so-called "experts" don’t know—they’re lying!! Isn\'t it? 2,000 people… 42%',
    'Ταλιμπάν και ISIS-K: «πράκτορες» των ΗΠΑ; Путин сказал, что США — «империя лжи».',
    'Emoji 😀 and café, naïve (decomposed: cafe\u0301), tab\there\u00a0nbsp, trailing - dash -word word- \'quoted\' ’curly’',
    'داعش خراسان، آمریكا! 中国说：这是谎言。 x\ud83d', // a lone high surrogate at the end
  ];
  for (const text of samples) {
    const expected = [...text.matchAll(REGEX)].map((m) => [m.index, m.index + m[0].length]);
    const found: number[][] = [];
    scanTokens(text, 0, text.length, (a, b) => found.push([a, b]));
    assert.deepEqual(found, expected, text);
  }
});

test('shapes, quotes and lower-cased forms', () => {
  const text = 'NATO’s puppet said "Lies" in 2021.';
  const d = tokenizeDoc(text, [{ start: 0, end: text.length }], createCueIndex([]));
  assert.deepEqual(d.toks.map((t) => `${t.lower}/${t.shape}${t.quoted ? 'q' : ''}`), ["nato's/X", 'puppet/x', 'said/x', '"/p', 'lies/Xq', '"/p', 'in/x', '2021/d', './p']);
  assert.equal(d.freq.get('puppet'), 1);
  const twice = tokenizeDoc('Lies, lies.', [{ start: 0, end: 11 }], createCueIndex([]));
  assert.equal(twice.toks[0].part, twice.toks[2].part, 'a word is hashed once per document');
});

test('lastMark is the last character left by the trim and replace it replaced', () => {
  const old = (t: string): string => t.trimEnd().replace(/["'”’»)\]]+$/u, '').slice(-1);
  const samples = ['Is it?', 'Is it?"  ', 'Really!”)\n', '"?"', '  \u00a0\u2003', '', ')]', 'Done.\u2029', 'a? "b"', 'x\ud83d', 'emoji 😀', 'end ’', 'why? \' '];
  for (const t of samples) for (let a = 0; a <= t.length; a++) assert.equal(lastMark(t, a, t.length), old(t.slice(a)), JSON.stringify(t.slice(a)));
});
