import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headlineOf } from './polnear.js';

test('a PolNeAR headline is its first line, whatever whitespace ends it', () => {
  assert.equal(headlineOf('Mayor: the bridge stays shut.\n\nBody.'), 'Mayor: the bridge stays shut.');
  // 141 of train's headlines end in a space before the newline; they were read as no headline.
  assert.equal(headlineOf("Mayor: the bridge stays shut; \nIn a statement, she gave no date."), 'Mayor: the bridge stays shut;');
  assert.equal(headlineOf('One line only'), null);
  assert.equal(headlineOf('  \nBody.'), null);
});
