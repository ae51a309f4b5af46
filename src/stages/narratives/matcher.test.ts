// The cue matcher keeps, per spelling (tokens.ts), the patterns that may start there: hits must not depend on
// whether a token carries its spelling, on which matcher met the spelling first, or on how many matchers did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileMatcher } from './matcher.js';
import { tokenize, type Token } from './tokens.js';

const plain = (tokens: Token[]): Token[] => tokens.map(({ start, end, keys, word, raw }) => ({ start, end, keys: [...keys], word, raw }));
const hits = (m: ReturnType<typeof compileMatcher<string>>, tokens: Token[]) => m.all(tokens).map((h) => `${h.from}-${h.to}:${h.payload}`);

test('hits are the same on tokens with and without their spelling, exact and prefix cues of every key', () => {
  const m = compileMatcher([
    { phrase: 'created', payload: 'create' },
    { phrase: 'creat*', payload: 'create-prefix' },
    { phrase: 'the … isis', payload: 'gap' },
    { phrase: 'الولايات', payload: 'ar' },
  ]);
  const text = 'The West created ISIS, and the creators said so. والولايات';
  const tokens = tokenize(text);
  assert.ok(tokens.every((t) => t.spelling));
  const expected = ['0-4:gap', '2-3:create', '2-3:create-prefix', '7-8:create-prefix', '11-12:ar'];
  assert.deepEqual(hits(m, plain(tokens)), expected);
  assert.deepEqual(hits(m, tokens), expected);
  assert.deepEqual(hits(m, tokenize(text)), expected, 'again, from the spellings kept');
});

test('each matcher keeps its own patterns per spelling, however many meet it', () => {
  const tokens = tokenize('Moscow denied it');
  const matchers = Array.from({ length: 20 }, (_, i) => compileMatcher([{ phrase: i % 2 ? 'denied' : 'moscow', payload: `m${i}` }]));
  for (let round = 0; round < 2; round++) {
    matchers.forEach((m, i) => assert.deepEqual(hits(m, tokens), [i % 2 ? `1-2:m${i}` : `0-1:m${i}`]));
  }
});

test('a gap counts words, not quotation marks (regression: „…“ around a quoted label broke "stellt … als … dar")', () => {
  const m = compileMatcher([{ phrase: 'stellt … als … dar', payload: 'portray' }]);
  assert.deepEqual(hits(m, tokenize('Die Partei stellt die Proteste als „vom Westen bezahlte Revolution“ dar.')), ['2-13:portray']);
  assert.deepEqual(hits(m, tokenize('Die Partei stellt die Proteste als «vom Westen bezahlte Revolution» dar.')), ['2-13:portray']);
  // Five words are still too many, quoted or not.
  assert.deepEqual(hits(m, tokenize('Die Partei stellt die Proteste als „eine vom Westen bezahlte Revolution“ dar.')), []);
});
