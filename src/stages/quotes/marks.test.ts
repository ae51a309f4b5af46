import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoted } from './marks.js';

const paragraphsOf = (text: string) => [...text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const quotedIn = (text: string) => {
  const { quoted, messages } = findQuoted(text, paragraphsOf(text), 'quotes');
  return { quoted: quoted.map((q) => text.slice(q.start, q.end)), rules: messages.map((m) => m.ruleId) };
};

test('every quote style pairs', () => {
  for (const [text, expected] of [
    ['He said "we will win" today.', '"we will win"'],
    ['He said “we will win” today.', '“we will win”'],
    ['Il a dit « nous gagnerons » hier.', '« nous gagnerons »'],
    ['Er sagte „wir gewinnen“ heute.', '„wir gewinnen“'],
    ["She said 'we will win' today.", "'we will win'"],
    ["He said ''we will win,'' today.", "''we will win,''"],
  ]) assert.deepEqual(quotedIn(text).quoted, [expected], text);
});

test('apostrophes do not open quotes', () => {
  assert.deepEqual(quotedIn("Don't blame America’s allies for the ’90s or the '80s, he said.").quoted, []);
  assert.deepEqual(quotedIn("It isn't 'fair' to them.").quoted, ["'fair'"]);
});

test('a quote runs over a line break and over paragraphs that reopen with a mark', () => {
  const text = 'He said, “First line.\nSecond line.\n\n“Next paragraph.\n\n“Last one.” Then more.';
  assert.deepEqual(quotedIn(text), { quoted: ['“First line.\nSecond line.\n\n“Next paragraph.\n\n“Last one.”'], rules: [] });
});

test('a stray closing mark is reported and ignored; an unclosed one ends with its paragraph', () => {
  assert.deepEqual(quotedIn('The threat remains Al-Qaeda.” Next sentence.'), { quoted: [], rules: ['unbalanced-quote'] });
  const open = quotedIn('He said “this never closes.\n\nNew paragraph.');
  assert.deepEqual(open, { quoted: ['“this never closes.'], rules: ['unbalanced-quote'] });
});
