// The short fixed-seed fuzz run inside npm test (the long one is `npm run fuzz`): hostile pages must give an
// analysed document or a clear INPUT_* refusal, never a crash; and the generator must cover every mutation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzPage } from './pages.js';
import { runFuzz } from './run.js';

test('300 fuzz pages (seed 16) are read and extracted with no crash and no hang', async () => {
  const stats = await runFuzz({ seed: 16, pages: 300, mode: 'inline', depth: 'read' });
  assert.deepEqual(stats.crashes, []);
  assert.deepEqual(stats.hangs, []);
  assert.equal(stats.pages, 300);
  for (const code of Object.keys(stats.refused)) assert.match(code, /^INPUT_/);
  assert.ok(stats.analysed > 150, `analysed ${stats.analysed}`);
});

test('20 fuzz pages (seed 14) go through the whole pipeline and the store rows with no crash', async () => {
  const stats = await runFuzz({ seed: 14, pages: 20, mode: 'inline' });
  assert.deepEqual(stats.crashes, []);
  assert.deepEqual(stats.hangs, []);
  assert.ok(stats.analysed > 8, `analysed ${stats.analysed}`);
});

test('the generator is deterministic and covers every mutation kind', () => {
  assert.deepEqual(fuzzPage(3, 7).bytes, fuzzPage(3, 7).bytes);
  const kinds = new Set<string>();
  for (let i = 0; i < 1200; i++) kinds.add(fuzzPage(16, i).kind);
  for (const k of ['clean', 'byte-flips', 'truncated', 'tag-soup', 'deep-nesting', 'deep-unclosed', 'invalid-utf8', 'utf16-bom', 'legacy-charset', 'legacy-no-charset', 'binary', 'empty', 'text', 'entity-storm', 'one-line']) {
    assert.ok(kinds.has(k), k);
  }
});
