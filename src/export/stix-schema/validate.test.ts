import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toStixBundle } from '../stix/bundle.js';
import { testDoc } from '../test-doc.js';
import { checkSchema } from './schema-check.js';
import { validateStixBundle } from './validate.js';

type Obj = Record<string, unknown>;

function broken(change: (objects: Obj[]) => void): string[] {
  const bundle = structuredClone(toStixBundle([testDoc()]).bundle) as unknown as { objects: Obj[] };
  change(bundle.objects);
  return validateStixBundle(bundle).map((e) => `${e.path}: ${e.message}`);
}

const find = (objects: Obj[], type: string): Obj => objects.find((o) => o.type === type) as Obj;

test('the validator catches what the specification forbids', () => {
  assert.match(broken((o) => void delete find(o, 'report').published).join('\n'), /required property "published" missing/);
  assert.match(broken((o) => void (find(o, 'report').object_refs = [])).join('\n'), /at least 1 items/);
  assert.match(broken((o) => void (find(o, 'identity').id = 'identity--not-a-uuid')).join('\n'), /does not match/);
  assert.match(broken((o) => void (find(o, 'note').id = String(find(o, 'note').id).replace('note--', 'report--'))).join('\n'), /does not start with its type/);
  assert.match(broken((o) => void (find(o, 'report').created = '2024-03-05T08:30:00Z')).join('\n'), /created: .* does not match/);
  assert.match(broken((o) => void (find(o, 'report').modified = '1960-01-01T00:00:00.000Z')).join('\n'), /modified is before created/);
  assert.match(broken((o) => void (find(o, 'relationship').target_ref = 'attack-pattern--00000000-0000-5000-8000-000000000000')).join('\n'), /target_ref: .* is not an object of the bundle/);
  assert.match(broken((o) => void (find(o, 'note').object_refs = ['identity--00000000-0000-5000-8000-000000000000'])).join('\n'), /object_refs\/0: .* not an object/);
  assert.match(broken((o) => void (find(o, 'attack-pattern').external_references = [{ source_name: 'DISARM', url: 'https://x.example' }])).join('\n'), /external_id/);
  assert.match(broken((o) => void (find(o, 'identity').Bad_Name = 1)).join('\n'), /property name "Bad_Name"/);
  assert.match(broken((o) => void o.push({ ...find(o, 'note'), type: 'opinion', id: 'opinion--00000000-0000-5000-8000-000000000000', opinion: 'agree' })).join('\n'), /anyOf|opinion objects/);
  assert.match(broken((o) => void o.push({ ...find(o, 'note') })).join('\n'), /duplicate id/);
  assert.match(broken((o) => void (find(o, 'relationship').spec_version = '2.0')).join('\n'), /spec_version: expected "2.1"/);
});

test('issue 15: the validator refuses x_ custom properties, undeclared extensions and a lang the OASIS validator rejects', () => {
  assert.match(broken((o) => void (find(o, 'identity').x_claimtrail_entity_type = 'person')).join('\n'), /property name "x_claimtrail_entity_type"/);
  assert.match(broken((o) => void (find(o, 'report').lang = 'ber')).join('\n'), /lang: .*does not match|"ber" is not an ISO 639-1/);
  assert.match(broken((o) => void (find(o, 'report').lang = 'qq')).join('\n'), /"qq" is not an ISO 639-1/);
  const undeclared = 'extension-definition--00000000-0000-5000-8000-000000000000';
  assert.match(broken((o) => void (find(o, 'note').extensions = { [undeclared]: { extension_type: 'property-extension' } })).join('\n'), /is not an extension-definition of the bundle/);
  assert.match(broken((o) => {
    const ext = find(o, 'extension-definition');
    find(o, 'note').extensions = { [String(ext.id)]: { extension_type: 'new-sro' } };
  }).join('\n'), /extension_type new-sro is not declared/);
  assert.match(broken((o) => void delete find(o, 'extension-definition').schema).join('\n'), /required property "schema" missing/);
});

test('a bundle with no objects list, or an empty one, is invalid', () => {
  assert.ok(validateStixBundle({ type: 'bundle', id: 'bundle--00000000-0000-5000-8000-000000000000' }).length > 0);
  assert.ok(validateStixBundle({ type: 'bundle', id: 'bundle--00000000-0000-5000-8000-000000000000', objects: [] }).length > 0);
});

test('the checker refuses keywords it does not implement', () => {
  assert.throws(() => checkSchema(1, { format: 'date-time' }), /not implemented/);
});
