import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate } from './dates.js';

test('ISO dates keep their offset; bare dates stay dates', () => {
  assert.equal(normaliseDate('2021-10-05T09:30:00+04:30'), '2021-10-05T09:30:00+04:30');
  assert.equal(normaliseDate('2021-10-05T09:30:00.123Z'), '2021-10-05T09:30:00Z');
  assert.equal(normaliseDate('2021-10-05 09:30'), '2021-10-05T09:30:00');
  assert.equal(normaliseDate('2021-10-05T09:30:00+0200'), '2021-10-05T09:30:00+02:00');
  assert.equal(normaliseDate('2021-1-5'), '2021-01-05');
  assert.equal(normaliseDate('20211005'), '2021-10-05');
  assert.equal(normaliseDate('2021/10/05'), '2021-10-05');
});

test('written dates need a month name and a year', () => {
  assert.equal(normaliseDate('February 19, 2020'), '2020-02-19');
  assert.equal(normaliseDate('19th February 2020'), '2020-02-19');
  assert.equal(normaliseDate('Wed, 19 Feb 2020 10:00:00 GMT'), '2020-02-19T10:00:00Z');
  assert.equal(normaliseDate('February 19'), null);
  assert.equal(normaliseDate('yesterday'), null);
  assert.equal(normaliseDate('2021-13-40'), null);
  assert.equal(normaliseDate(''), null);
});
