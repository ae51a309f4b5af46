import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Paragraph } from '../../core/types.js';
import { all, run } from './test-helpers.js';
import { typographicQuotes } from './transcript.js';

// Paragraphs split on blank lines, as the segment stage does; the first is the title.
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) out.push({ start: m.index, end: m.index + m[0].length, kind: out.length ? 'body' : 'title' });
  return out;
}

const shown = (text: string) =>
  typographicQuotes(text, paragraphsOf(text)).map((f) => ({ source: f.source && text.slice(f.source.start, f.source.end), cue: f.cue && text.slice(f.cue.start, f.cue.end), content: text.slice(f.content.start, f.content.end) }));

test('transcript turns: an upper-case label opening a line is the source, its colon the cue, the rest of the line the content', () => {
  const text = 'Harbour talks\n\n"MORALES: Will the harbour reopen this year?\n\n"DAVID OKAFOR: Not before the spring. The cranes need repairs first.  ';
  assert.deepEqual(shown(text), [
    { source: 'MORALES', cue: ':', content: 'Will the harbour reopen this year?' },
    { source: 'DAVID OKAFOR', cue: ':', content: 'Not before the spring. The cranes need repairs first.' },
  ]);
});

test('one upper-case label is a section label, not a dialogue; known labels never count', () => {
  assert.deepEqual(shown('Harbour\n\nMORALES: The harbour reopens in spring, the port said on Monday.'), []);
  assert.deepEqual(shown('Harbour\n\nUPDATE: The harbour reopened.\n\nCORRECTION: An earlier version gave the wrong date.'), []);
  assert.deepEqual(shown('Harbour\n\nMorales: The harbour reopens.\n\nOkafor: Not before spring.'), [], 'labels are upper case');
});

test('epigraph lines: a quotation, a dash and a name, one per line inside one paragraph; a final stop is not part of the name', () => {
  const text = 'Voices\n\n“The new bridge has cut my commute in half.” ― Ana Lima\n“Nobody asked the fishermen about the harbour.”— Jorge P. Falcon.\nPhoto: Archive.';
  assert.deepEqual(shown(text), [
    { source: 'Ana Lima', cue: '―', content: '“The new bridge has cut my commute in half.”' },
    { source: 'Jorge P. Falcon', cue: '—', content: '“Nobody asked the fishermen about the harbour.”' },
  ]);
});

test('a dash inside a sentence is no epigraph', () => {
  assert.deepEqual(shown('Voices\n\nThe mayor promised “a new bridge” — Ana Lima wrote as much last year.'), []);
});

test('in the stage, a turn replaces what the tagger read inside it', () => {
  const text = 'Harbour talks\n\nMORALES: Will the harbour reopen this year, as the mayor said it would?\n\nOKAFOR: The mayor said that, but the cranes need repairs first.';
  const quotes = all(run(text, [], 'en', { title: 'Harbour talks' }));
  assert.deepEqual(quotes.map((q) => [q.source, q.cue]), [['MORALES', ':'], ['OKAFOR', ':']]);
  assert.equal(quotes[1].content, 'The mayor said that, but the cranes need repairs first.');
});
