// Contents for attributions with a cue and a source but none, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillContents } from './content-fill.js';
import { spanOf, type Grouped, type Run } from './group.js';
import { buildInput, type TagInput } from './input.js';

function input(text: string): TagInput {
  return buildInput(text, [{ start: 0, end: text.length, paragraph: 0 }], [{ start: 0, end: text.length, kind: 'body' }], []);
}

function runOf(x: TagInput, phrase: string, role: Run['role']): Run {
  const start = x.text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" not in the text`);
  const from = x.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < x.tokens.length && x.tokens[to].end <= start + phrase.length) to++;
  return { role, from, to };
}

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
