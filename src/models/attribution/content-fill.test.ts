// Contents for attributions with a cue and a source but none, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillContents } from './content-fill.js';
import { spanOf, type Grouped } from './group.js';
import { input, runOf } from './test-runs.js';

function contentsOf(text: string, source: string | null, cue: string): string[] {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: source ? runOf(x, source, 1) : null, contents: [] };
  fillContents(x, [g]);
  return g.contents.map((c) => { const s = spanOf(x, c); return text.slice(s.start, s.end); });
}

test('the rest of the sentence after the cue, or the clause before the source', () => {
  assert.deepEqual(contentsOf('He said the FBI has not commented on the probe.', 'He', 'said'), ['the FBI has not commented on the probe']);
  assert.deepEqual(contentsOf('Carter placed a note card in a burn bag, the Times reported.', 'the Times', 'reported'), ['Carter placed a note card in a burn bag']);
  assert.deepEqual(contentsOf('“I can do what I like with my possessions,” Zimmerman said on Tuesday.', 'Zimmerman', 'said'), ['“I can do what I like with my possessions,”']);
});

test('no source, or too few words: nothing', () => {
  assert.deepEqual(contentsOf('Officials said so.', 'Officials', 'said'), []);
  assert.deepEqual(contentsOf('As reported, the bill passed the House.', null, 'reported'), []);
});
