import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer } from './gazetteer/index.js';
import { readYamlData } from './yaml.js';

test('a compiled JSON sibling is read instead of the YAML; without one the YAML is parsed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-yaml-'));
  const file = join(dir, 'list.yml');
  writeFileSync(file, '- id: a\n  note: from yaml\n');
  assert.deepEqual(readYamlData(file), [{ id: 'a', note: 'from yaml' }]);
  writeFileSync(`${file}.json`, '[{"id":"a","note":"compiled"}]');
  assert.deepEqual(readYamlData(file), [{ id: 'a', note: 'compiled' }]);
});

test('an extra gazetteer file with a YAML syntax error is reported as invalid, not as missing', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-gaz-')), 'extra.yml');
  writeFileSync(file, '- id: x\n  canonical: [unclosed\n');
  assert.throws(() => loadGazetteer(file), (e: Error & { code?: string }) => e.code === 'KNOWLEDGE_INVALID' && e.message.includes('extra.yml'));
  assert.throws(() => loadGazetteer(join(tmpdir(), 'no-such-gazetteer.yml')), (e: Error & { code?: string }) => e.code === 'INPUT_NOT_FOUND');
});
