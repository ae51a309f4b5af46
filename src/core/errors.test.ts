import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimtrailError, errorTemplates } from './errors.js';

test('every error code fills its template and names the input and what to do', () => {
  const error = new ClaimtrailError('INPUT_EMPTY', { input: 'a.html' });
  assert.equal(error.code, 'INPUT_EMPTY');
  assert.match(error.message, /^"a\.html" is empty\. Give /);
  for (const template of Object.values(errorTemplates)) assert.ok(template.length > 5);
});
