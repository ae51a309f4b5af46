// Source edges on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Run } from './group.js';
import { buildInput, type TagInput } from './input.js';
import { sourceEdges } from './source-edges.js';

function input(text: string, title = false): TagInput {
  return buildInput(text, [{ start: 0, end: text.length, paragraph: 0 }], [{ start: 0, end: text.length, kind: title ? 'title' : 'body' }], []);
}

/** The source run over the tokens of `phrase` (its first occurrence), put through sourceEdges, as text. */
function edged(text: string, phrase: string, title = false): string {
  const x = input(text, title);
  const start = text.indexOf(phrase);
  const from = x.tokens.findIndex((t) => t.start >= start);
  let to = from;
  while (to < x.tokens.length && x.tokens[to].end <= start + phrase.length) to++;
  const run: Run = { role: 1, from, to };
  const span = spanOf(x, sourceEdges(x, run));
  return text.slice(span.start, span.end);
}

test('a name started in the middle takes its title and first words back', () => {
  assert.equal(edged('Later Mrs. Clinton said it was over.', 'Clinton'), 'Mrs. Clinton');
  assert.equal(edged('Reporters at the New York Post said no.', 'York Post'), 'the New York Post');
  // Not over a capitalised function word or into a headline.
  assert.equal(edged('Yesterday But He said no.', 'He'), 'He');
  assert.equal(edged('Fiorina Endorses Ted Cruz', 'Ted Cruz', true), 'Ted Cruz');
});

test('an abbreviation keeps its stop, a bracket is closed, marks and modals are left out', () => {
  assert.equal(edged('So said Joseph R. Biden Jr. on Monday.', 'Joseph R. Biden Jr'), 'Joseph R. Biden Jr.');
  assert.equal(edged('Sen. Chuck Grassley (R-Iowa) said no.', 'Sen. Chuck Grassley (R-Iowa'), 'Sen. Chuck Grassley (R-Iowa)');
  assert.equal(edged('“No,” Viguerie said.', '” Viguerie'), 'Viguerie');
  assert.equal(edged('Sanders could say no.', 'Sanders could'), 'Sanders');
  // A one-word source is never emptied.
  assert.equal(edged('— said the aide.', '—'), '—');
});
