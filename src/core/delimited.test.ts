import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDelimited, readDelimited } from './delimited.js';

test('quoted fields keep separators, doubled quotes and line breaks; rows carry the line they start on', () => {
  const read = readDelimited('id,text\n1,"a, ""b""\nc"\n2,d\n', ',', true);
  assert.deepEqual(read, { ok: true, rows: [{ line: 1, cells: ['id', 'text'] }, { line: 2, cells: ['1', 'a, "b"\nc'] }, { line: 4, cells: ['2', 'd'] }] });
});

test('strict mode names the line of a stray quote, text after a closing quote, and an unclosed quote', () => {
  assert.deepEqual(readDelimited('a,b\nx,say "this"\n', ',', true), { ok: false, line: 2, detail: 'field 2: a quote inside an unquoted field (quote the whole field and double the quote: "say ""this""")' });
  assert.equal((readDelimited('a,b\n"x"y,z\n', ',', true) as { detail: string }).detail, 'field 1: text after the closing quote');
  assert.deepEqual(readDelimited('a,b\n1,"open\n\n', ',', true), { ok: false, line: 2, detail: 'field 2: a quote opened here is never closed' });
});

test('lenient mode (pandas files) keeps a stray quote as text and reads tabs, CRLF and a last line without newline', () => {
  assert.deepEqual(parseDelimited('1\tsay "this" now\r\n2\t"q\tx"\n3\tlast', '\t'), [
    ['1', 'say "this" now'],
    ['2', 'q\tx'],
    ['3', 'last'],
  ]);
});
