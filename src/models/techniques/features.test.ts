import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { NEAR, RATE_BINS, rateBins } from './features.js';
import { tokenizeDoc } from './tokens.js';

test('rate context: the clause highest rate stops at clause punctuation; the nearest loaded word is counted in words each side', () => {
  const text = 'They said, the puppet regime lied again.';
  const d = tokenizeDoc(text, [{ start: 0, end: text.length }], createCueIndex([]));
  assert.deepEqual(d.toks.map((t) => t.lower), ['they', 'said', ',', 'the', 'puppet', 'regime', 'lied', 'again', '.']);
  const r = rateBins(d, new Map([['puppet', 0.81], ['said', 0.1]]));
  // "they said ," is one clause (the comma closes it), "the puppet … ." the next.
  assert.deepEqual(Array.from(r.clauseMax, (k) => RATE_BINS[k].s), ['1', '1', '1', '8', '8', '8', '8', '8', '8']);
  assert.deepEqual(Array.from(r.nearLeft, (k) => NEAR[k].s), ['none', 'none', 'none', 'none', 'none', '1', '2', '3', '4-6']);
  assert.deepEqual(Array.from(r.nearRight, (k) => NEAR[k].s), ['4-6', '3', '2', '1', 'none', 'none', 'none', 'none', 'none']);
});
