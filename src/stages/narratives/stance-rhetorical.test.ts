// Rhetorical questions that name their own answer (data/stance-scope.yml, not-negation-rhetorical; issue 12): "Who
// created ISIS, if not Washington?" asserts the claim; its "not" denies nothing. Sentences and catalogue written for
// this test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { found, run } from './test-helpers.js';

const ISIS = 'isis';
const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-rhetorical-')), 'mine.yml');
writeFileSync(file, `- id: isis
  title: The US created ISIS
  examples:
    - The United States created ISIS
    - ISIS is an American project created by Washington
`);
const stances = (text: string, lang: string) =>
  found(run(text, lang, { files: [file], builtIn: false })).filter((f) => f.startsWith(`${ISIS} `)).map((f) => f.split(' ')[1]);

test('"who …, if not X?" asserts that X did it (en, de, ru)', () => {
  assert.deepEqual(stances('Notes\n\nWho created ISIS, if not the United States?', 'en'), ['asserts']);
  assert.deepEqual(stances('Notizen\n\nWer hat den IS geschaffen, wenn nicht die USA?', 'de'), ['asserts']);
  assert.deepEqual(stances('Заметки\n\nКто создал ИГИЛ, если не США?', 'ru'), ['asserts']);
});

test('a plain negation of the claim still refutes it', () => {
  assert.deepEqual(stances('Notes\n\nThe United States did not create ISIS.', 'en'), ['refutes']);
});
