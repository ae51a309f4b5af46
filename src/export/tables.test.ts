import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLUMNS, toCsv, toJsonl } from './csv.js';
import { tableRows, type TableRow } from './tables.js';
import { testDoc } from './test-doc.js';

/** A small RFC 4180 reader for the round trip (quoted fields, doubled quotes, CRLF inside quotes). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

test('one row per annotation, with document id, offsets and the text at those offsets', () => {
  const doc = testDoc();
  const rows = tableRows([doc]);
  assert.deepEqual([...new Set(rows.map((r) => r.kind))], ['document', 'quote', 'claim', 'technique', 'narrative']);
  assert.equal(rows.length, 1 + 2 + 3 + 5 + 1);
  for (const r of rows.filter((r) => r.kind !== 'document')) assert.equal(r.text, doc.text.slice(r.start ?? 0, r.end ?? 0));
  const cowards = rows.find((r) => r.text === 'cowards') as TableRow;
  assert.deepEqual([cowards.actor, cowards.actor_id, cowards.disarm, cowards.score], ['Lena Berg', 'e1', 'T0135.001', 0.8]);
  const own = rows.find((r) => r.kind === 'claim' && r.label === 'author') as TableRow;
  assert.equal(own.actor, 'Harbour Gazette');
  assert.deepEqual(tableRows([doc], ['claim']).map((r) => r.id), ['c1', 'c2', 'c3']);
  assert.deepEqual(tableRows([]), []);
});

test('CSV: RFC 4180 quoting round-trips; formula-like cells are guarded, numbers are not', () => {
  const rows = tableRows([testDoc()], ['quote', 'claim']);
  const tricky: TableRow = { ...rows[0], text: '=HYPERLINK("http://x.example","a, b")\r\nline two', label: '-1', actor: '@someone', score: -0.5 };
  const csv = toCsv([...rows, tricky]);
  assert.ok(csv.endsWith('\r\n'));
  const table = readCsv(csv);
  assert.deepEqual(table[0], [...COLUMNS]);
  assert.equal(table.length, rows.length + 2);
  assert.equal(table[1][COLUMNS.indexOf('text')], rows[0].text);
  const last = table[table.length - 1];
  assert.equal(last[COLUMNS.indexOf('text')], `'=HYPERLINK("http://x.example","a, b")\r\nline two`);
  assert.equal(last[COLUMNS.indexOf('label')], "'-1");
  assert.equal(last[COLUMNS.indexOf('actor')], "'@someone");
  assert.equal(last[COLUMNS.indexOf('score')], '-0.5');
  assert.equal(readCsv(toCsv([tricky], { formulaGuard: false }))[1][COLUMNS.indexOf('text')], tricky.text);
  assert.equal(toCsv([]), `${COLUMNS.join(',')}\r\n`);
});

test('JSONL: one object a line, exact text and nulls', () => {
  const rows = tableRows([testDoc({ url: null })]);
  const lines = toJsonl(rows).trimEnd().split('\n');
  assert.equal(lines.length, rows.length);
  const first = JSON.parse(lines[1]) as TableRow;
  assert.deepEqual(Object.keys(first), [...COLUMNS]);
  assert.equal(first.url, null);
  assert.equal(toJsonl([]), '');
});
