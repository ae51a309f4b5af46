import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDate, dayOf, firstCarrier } from './stance-timeline.js';

const row = (doc: number, published: string | null, stance: string) => ({ doc, title: `t${doc}`, outlet: `o${doc}`, published, stance });

test('date order: by day, undated last in the order given, never read as 1970', () => {
  const rows = [row(1, null, 'asserts'), row(2, '2024-03-05T08:00:00Z', 'asserts'), row(3, '2024-03-01', 'reports'), row(4, null, 'reports'), row(5, '2024-03-03', 'refutes'), row(6, 'not a date', 'asserts')];
  assert.deepEqual(byDate(rows).map((r) => r.doc), [3, 5, 2, 1, 4, 6]);
  assert.equal(dayOf(null), null);
  assert.equal(dayOf('not a date'), null);
  assert.equal(dayOf('2024-03-05T23:30:00+05:00'), Date.UTC(2024, 2, 5));
});

test('the first carrier is the earliest dated article that does not refute it', () => {
  assert.equal(firstCarrier([row(1, '2024-03-05', 'asserts'), row(2, '2024-03-01', 'refutes'), row(3, '2024-03-02', 'reports'), row(4, null, 'asserts')])?.doc, 3);
  assert.equal(firstCarrier([row(1, '2024-03-05', 'refutes'), row(2, null, 'asserts')]), null);
});
