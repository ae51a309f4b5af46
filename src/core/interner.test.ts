import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInterner, HASH_START, hashStep } from './interner.js';

const hashOf = (text: string, start: number, end: number): number => {
  let h = HASH_START;
  for (let k = start; k < end; k++) h = hashStep(h, text.charCodeAt(k));
  return h;
};

test('interner: one entry per distinct word, found again by its characters anywhere in a text', () => {
  let made = 0;
  const words = createInterner((w) => ({ upper: w.toUpperCase(), n: ++made }));
  const text = 'the cat saw the other cat';
  const at = (start: number, end: number) => words.get(text, start, end, hashOf(text, start, end));
  const first = at(0, 3);
  assert.equal(first.text, 'the');
  assert.equal(first.value.upper, 'THE');
  assert.equal(at(12, 15), first, 'the second "the" is the same entry');
  assert.notEqual(at(4, 7), first);
  assert.equal(at(22, 25).value, at(4, 7).value);
  assert.equal(at(16, 21).text, 'other');
  assert.equal(made, 3, 'the, cat, other: each made once');
  assert.equal(words.size, 3);
});

test('interner: words with the same hash stay apart; a full table starts again and still answers', () => {
  // Every word hashed to 7: only the characters tell them apart.
  const words = createInterner((w) => w.length, 16);
  const text = 'ab ba abc ab';
  assert.equal(words.get(text, 0, 2, 7).text, 'ab');
  assert.equal(words.get(text, 3, 5, 7).text, 'ba');
  assert.equal(words.get(text, 6, 9, 7).text, 'abc');
  assert.equal(words.get(text, 10, 12, 7).text, 'ab');
  assert.equal(words.size, 3);
  const many = Array.from({ length: 40 }, (_, k) => `w${k}`).join(' ');
  for (const m of many.matchAll(/\S+/g)) assert.equal(words.get(many, m.index, m.index + m[0].length, hashOf(many, m.index, m.index + m[0].length)).text, m[0]);
  assert.ok(words.size <= 8, `bounded: ${words.size}`);
});
