// The bench command line: `--name value` reads as `--name=value`; flags and bench names stay what they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBenchArgs } from './args.js';

const BENCHES = new Set(['server', 'corpus', 'crash']);

test('an option and its value separated by a space are one option, not a bench name', () => {
  assert.deepEqual(parseBenchArgs(['server', '--engine', 'postgres'], BENCHES), { names: ['server'], options: ['--engine=postgres'] });
  assert.deepEqual(parseBenchArgs(['server', '--engine=postgres', '--docs', '5000'], BENCHES), { names: ['server'], options: ['--engine=postgres', '--docs=5000'] });
});

test('flags take no value: the word after --keep is a bench; an option before another option or last is a flag', () => {
  assert.deepEqual(parseBenchArgs(['server', '--keep', 'corpus'], BENCHES), { names: ['server', 'corpus'], options: ['--keep'] });
  assert.deepEqual(parseBenchArgs(['--verbose', '--seconds', '10', 'server', '--quiet'], BENCHES), { names: ['server'], options: ['--verbose', '--seconds=10', '--quiet'] });
  assert.deepEqual(parseBenchArgs(['--db', 'crash'], BENCHES), { names: ['crash'], options: ['--db'] }, 'a bench name is never taken as a value');
});
