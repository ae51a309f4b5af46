import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIMTRAIL_NAMESPACE, stableUuid, URL_NAMESPACE, uuid5 } from './uuid5.js';

test('uuid5 matches the RFC 4122 reference (Python uuid.uuid5)', () => {
  assert.equal(uuid5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  assert.equal(uuid5('https://claimtrail.dev/ns/stix', URL_NAMESPACE), CLAIMTRAIL_NAMESPACE);
});

test('stableUuid keeps parts apart: ["a|b"] and ["a", "b"] differ', () => {
  assert.notEqual(stableUuid('a|b'), stableUuid('a', 'b'));
  assert.equal(stableUuid('x', 'y'), stableUuid('x', 'y'));
  assert.match(stableUuid('x'), /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
