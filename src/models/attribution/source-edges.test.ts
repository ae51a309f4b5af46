// Source edges on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Run } from './group.js';
import { buildInput, type TagInput } from './input.js';
import { sourceAfterAccordingTo, sourceEdges } from './source-edges.js';

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

test('a leading connective and a trailing time phrase are left out, a dotted abbreviation keeps its stop', () => {
  assert.equal(edged('But a source familiar with the talks said no.', 'But a source familiar with the talks'), 'a source familiar with the talks');
  assert.equal(edged('Even China, its only ally, said it was wrong.', 'Even China, its only ally,'), 'China, its only ally,');
  assert.equal(edged('A CNN poll last month found the same.', 'A CNN poll last month'), 'A CNN poll');
  assert.equal(edged('The board of elections on Monday said no.', 'The board of elections on Monday'), 'The board of elections');
  // After an apposition or a relative clause the time phrase is the clause's own (PolNeAR keeps it).
  assert.equal(edged('Chris Christie, who endorsed him last week, said so.', 'Chris Christie, who endorsed him last week'), 'Chris Christie, who endorsed him last week');
  assert.equal(edged('Richard Trumka, president of the A.F.L.-C.I.O. said so.', 'Richard Trumka, president of the A.F.L.-C.I.O'), 'Richard Trumka, president of the A.F.L.-C.I.O.');
  // "Both" stays, as PolNeAR keeps it.
  assert.equal(edged('Both Mr. King and Mr. Schultz say so.', 'Both Mr. King and Mr. Schultz'), 'Both Mr. King and Mr. Schultz');
});

test('a source after "according to" ends where the sentence goes on, an apposition stays', () => {
  const after = (text: string, phrase: string): string => {
    const x = input(text);
    const start = text.indexOf(phrase);
    const from = x.tokens.findIndex((t) => t.start >= start);
    let to = from;
    while (to < x.tokens.length && x.tokens[to].end <= start + phrase.length) to++;
    const cue: Run = { role: 2, from: from - 2, to: from };
    const span = spanOf(x, sourceAfterAccordingTo(x, { role: 1, from, to }, cue));
    return text.slice(span.start, span.end);
  };
  assert.equal(after('Taxes rose 9 percent, according to the Tax Foundation, more than twice its estimate.', 'the Tax Foundation, more than twice its estimate'), 'the Tax Foundation');
  assert.equal(after('Sales fell, according to Brian Wieser, an analyst at Pivotal.', 'Brian Wieser, an analyst at Pivotal'), 'Brian Wieser, an analyst at Pivotal');
});
