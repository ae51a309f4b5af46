import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodingOption } from './encoding-option.js';

test('--encoding: known labels give the decoder\'s name; an unknown one is a usage error naming it', () => {
  assert.equal(encodingOption(undefined), null);
  assert.equal(encodingOption('UTF-16LE'), 'utf-16le');
  assert.equal(encodingOption('utf-16be'), 'utf-16be');
  assert.equal(encodingOption('latin1'), 'windows-1252');
  assert.throws(() => encodingOption('utf-61le'), (e: unknown) => (e as { code?: string }).code === 'CLI_USAGE' && /--encoding "utf-61le" is not a character set/.test((e as Error).message));
});
