// Contents for attributions with a cue and a source but none, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillContents } from './content-fill.js';
import { spanOf, type Grouped } from './group.js';
import { buildInput } from './input.js';
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

test('an attribution that is its own sentence after a quotation ending in "?”" takes the quotation', () => {
  const text = '“You are reprimanded, okay?” Trump said. He left.';
  const close = text.indexOf('”') + 1;
  const said = text.indexOf('Trump');
  const x = buildInput(
    text,
    [{ start: 0, end: close, paragraph: 0 }, { start: said, end: text.indexOf(' He'), paragraph: 0 }, { start: text.indexOf('He'), end: text.length, paragraph: 0 }],
    [{ start: 0, end: text.length, kind: 'body' }],
    [{ start: 0, end: close }],
  );
  const g: Grouped = { cue: runOf(x, 'said', 2), source: runOf(x, 'Trump', 1), contents: [] };
  fillContents(x, [g]);
  assert.deepEqual(g.contents.map((c) => { const s = spanOf(x, c); return text.slice(s.start, s.end); }), ['“You are reprimanded, okay?”']);
});
