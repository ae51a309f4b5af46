import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClaimtrailError } from '../../core/errors.js';
import { wordEntries, type WordEntry } from './word-lists.js';

test('wordEntries: checked entries; a repeated id or a failed own check names the file and the entry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-words-'));
  try {
    const file = (name: string, yaml: string) => {
      writeFileSync(join(dir, name), yaml);
      return pathToFileURL(join(dir, name));
    };
    const good = file('good.yml', '- { id: a, lang: de, forms: [in], source: mine }\n- { id: b, lang: ru, forms: [в], source: mine }\n');
    assert.deepEqual(wordEntries(good).map((e) => e.id), ['a', 'b']);
    const twice = file('twice.yml', '- { id: a, lang: de, forms: [in], source: mine }\n- { id: a, lang: ru, forms: [в], source: mine }\n');
    assert.throws(() => wordEntries(twice), (e: unknown) => e instanceof ClaimtrailError && e.code === 'KNOWLEDGE_INVALID' && e.message.includes('twice.yml') && e.message.includes('"a"'));
    const own = (e: WordEntry & { kind?: string }) => e.kind === 'times';
    assert.throws(() => wordEntries(good, own, 'a kind'), (e: unknown) => e instanceof ClaimtrailError && e.message.includes('needs a kind'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
