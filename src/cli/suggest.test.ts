import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance, optionsInHelp } from './suggest.js';

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('--fromat', '--format'), 1);
  assert.equal(editDistance('analyse', 'analyze'), 1);
  assert.equal(editDistance('', 'abc'), 3);
});

test('closest finds typos and nothing for unrelated words', () => {
  assert.equal(closest('--fromat', ['--format', '--force', '--out']), '--format');
  assert.equal(closest('--ouut', ['--format', '--out']), '--out');
  assert.equal(closest('serach', ['search', 'speaker', 'serve']), 'search');
  assert.equal(closest('--zzzzzz', ['--format', '--out']), null);
  assert.equal(closest('x', ['eval']), null);
});

test('the options a help text names', () => {
  assert.deepEqual(optionsInHelp('  --out FILE  write\n  --no-formula-guard  keep\n see --out again; a-b--c is not one'), ['--out', '--no-formula-guard']);
});
