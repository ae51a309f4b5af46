import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRejecter, loadRules } from './rules.js';

const entries = loadRules();
const rejecter = createRejecter(entries, 4);

for (const entry of entries) {
  test(`rule ${entry.id}: every example is rejected by this rule`, () => {
    assert.ok(entry.examples.length > 0, 'give at least one example');
    for (const example of entry.examples) assert.ok(entry.patterns.some((p) => p.test(example)), example);
  });
}

test('questions, fragments and verbless stubs are rejected; plain statements are left to the model', () => {
  assert.equal(rejecter.reject('The pertinent question arises: why is this so?'), 'question');
  assert.equal(rejecter.reject('Did the army really withdraw in 2021?”'), 'question');
  assert.equal(rejecter.reject('Abu Ahmad'), 'too-short');
  assert.equal(rejecter.reject('Another victory for the people of Kabul'), 'no-verb');
  assert.equal(rejecter.reject('We must carefully consider this matter.'), 'deontic-must');
  assert.equal(rejecter.reject('The army withdrew 300 soldiers from Kabul in 2021.'), null);
  assert.equal(rejecter.reject('Such occurrences have transpired repeatedly and have been disclosed to the public.'), null);
  assert.equal(rejecter.reject('Readers noted that the report was published in 2020.'), null);
});

test('the word checks count whole texts: seven verbless words are a stub, eight pass, whatever was read before', () => {
  assert.equal(rejecter.reject('Another fine victory for the people of Kabul'), null);
  assert.equal(rejecter.reject('Another victory for the people of Kabul'), 'no-verb');
  assert.equal(rejecter.reject('One two three'), 'too-short');
  // A minimum above eight words is counted in full too, and a non-finite one leaves every text long enough.
  const strict = createRejecter(entries, 12);
  assert.equal(strict.reject('The army withdrew 300 soldiers from Kabul in 2021 and again.'), 'too-short');
  assert.equal(strict.reject('The army withdrew 300 soldiers from Kabul in 2021 and then again in 2022.'), null);
  assert.equal(createRejecter(entries, Number.NaN).reject('Another victory for the people of Kabul'), 'no-verb');
});

test('a rules file with a bad entry or pattern is refused with the file named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claims-rules-'));
  const file = join(dir, 'rules.yml');
  writeFileSync(file, '- id: x\n  source: s\n  note: n\n  kind: rumour\n  patterns: [a]\n');
  assert.throws(() => loadRules(pathToFileURL(file)), /rules\.yml.*kind must be/);
  writeFileSync(file, '- id: x\n  source: s\n  note: n\n  kind: boilerplate\n  patterns: ["(unclosed"]\n');
  assert.throws(() => loadRules(pathToFileURL(file)), /bad pattern/);
});
