import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteer } from './gazetteer/index.js';
import { parse } from 'yaml';
import { parseYamlCached, readYamlData, yamlCacheFile } from './yaml.js';

test('a compiled JSON sibling is read instead of the YAML; without one the YAML is parsed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-yaml-'));
  const file = join(dir, 'list.yml');
  writeFileSync(file, '- id: a\n  note: from yaml\n');
  assert.deepEqual(readYamlData(file), [{ id: 'a', note: 'from yaml' }]);
  writeFileSync(`${file}.json`, '[{"id":"a","note":"compiled"}]');
  assert.deepEqual(readYamlData(file), [{ id: 'a', note: 'compiled' }]);
  assert.deepEqual(readYamlData(pathToFileURL(file)), [{ id: 'a', note: 'compiled' }], 'a file URL, as the stages name their data files');
});

test('an extra gazetteer file with a YAML syntax error is reported as invalid, not as missing', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-gaz-')), 'extra.yml');
  writeFileSync(file, '- id: x\n  canonical: [unclosed\n');
  assert.throws(() => loadGazetteer(file), (e: Error & { code?: string }) => e.code === 'KNOWLEDGE_INVALID' && e.message.includes('extra.yml'));
  assert.throws(() => loadGazetteer(join(tmpdir(), 'no-such-gazetteer.yml')), (e: Error & { code?: string }) => e.code === 'INPUT_NOT_FOUND');
});

test('parsed YAML is cached by content: written once, read back, a broken cache file parsed again, bad YAML never cached', () => {
  const text = `- id: cached-${process.pid}-${Date.now()}\n  words: [eins, zwei]\n`;
  const file = yamlCacheFile(text);
  assert.equal(existsSync(file), false);
  const value = parseYamlCached(text);
  assert.deepEqual(value, parse(text));
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), value, 'the cache holds the parsed value');
  // Read from the cache, not parsed: what the file holds is what comes back.
  writeFileSync(file, '[{"id":"from-cache"}]');
  assert.deepEqual(parseYamlCached(text), [{ id: 'from-cache' }]);
  writeFileSync(file, '[{"id":');
  assert.deepEqual(parseYamlCached(text), parse(text), 'half a file from a crashed writer: parsed again');
  const bad = `- id: bad-${process.pid}\n  words: [unclosed\n`;
  assert.throws(() => parseYamlCached(bad));
  assert.throws(() => parseYamlCached(bad), 'the error comes each time');
  assert.equal(existsSync(yamlCacheFile(bad)), false);
});

test('every knowledge YAML file under src reads the same through JSON (no dates, infinities or other values JSON would change)', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) files.push(path);
    }
  };
  walk(new URL('..', import.meta.url).pathname);
  assert.ok(files.length > 20, `${files.length} YAML files found`);
  for (const file of files) {
    const value: unknown = parse(readFileSync(file, 'utf8'));
    assert.deepEqual(JSON.parse(JSON.stringify(value)) as unknown, value, file);
  }
});
