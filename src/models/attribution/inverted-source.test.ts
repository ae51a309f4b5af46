// "“…,” said X." speakers after their cue, on hand-made sentences (the tagger's tags given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Grouped } from './group.js';
import { buildInput, type TagInput } from './input.js';
import { invertedSources } from './inverted-source.js';
import type { Rates } from './rates.js';
import { runOf } from './test-runs.js';

const rates: Rates = new Map([['said', { cue: 0.9, source: 0, n: 1000 }], ['noted', { cue: 0.6, source: 0, n: 100 }]]);

function input(text: string): TagInput {
  const quoted = [...text.matchAll(/“[^”]*”/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return buildInput(text, [{ start: 0, end: text.length, paragraph: 0 }], [{ start: 0, end: text.length, kind: 'body' }], quoted);
}

/** The source after invertedSources, given the cue and content runs (and optional extra content tags). */
function sourceOf(text: string, cue: string, content: string, taggedContent?: string): { source: string | null; contents: number } {
  const x = input(text);
  const tags = new Uint8Array(x.tokens.length);
  const c = runOf(x, content, 3);
  const g: Grouped = { cue: runOf(x, cue, 2), source: null, contents: [c] };
  tags.fill(5, c.from, c.from + 1).fill(6, c.from + 1, c.to).fill(3, g.cue.from, g.cue.to);
  if (taggedContent) {
    const t = runOf(x, taggedContent, 3);
    tags.fill(5, t.from, t.from + 1).fill(6, t.from + 1, t.to);
    g.contents.push(t);
  }
  invertedSources(x, [g], tags, rates);
  return { source: g.source ? text.slice(spanOf(x, g.source).start, spanOf(x, g.source).end) : null, contents: g.contents.length };
}

test('"“…,” said X." takes X, to the end of the sentence or a comma before a quotation or a new clause', () => {
  assert.equal(sourceOf('“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”', 'said', '“She is too far behind,”').source, 'an Iowa Democrat');
  assert.equal(sourceOf('“It is over,” said Brad Bannon, a Democratic pollster.', 'said', '“It is over,”').source, 'Brad Bannon, a Democratic pollster');
  assert.equal(sourceOf('“It gets you off message,” said Reince Priebus, though he added that it would fade.', 'said', '“It gets you off message,”').source, 'Reince Priebus');
});

test('a speaker the tagger read as content becomes the source; weak cues and cues not right after their content are left', () => {
  assert.deepEqual(sourceOf('“It gets you off message,” said Reince Priebus.', 'said', '“It gets you off message,”', 'Reince Priebus'), { source: 'Reince Priebus', contents: 1 });
  assert.equal(sourceOf('“It is over,” noted Brad Bannon.', 'noted', '“It is over,”').source, null, 'cue rate under 0.8');
  assert.equal(sourceOf('The vote is over and said Brad Bannon.', 'said', 'The vote is over').source, null, 'no comma or closing mark before the cue');
});
