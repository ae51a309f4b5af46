// Coordinated sources taken back, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Grouped } from './group.js';
import { coordinatedSources } from './coordinated-source.js';
import { input, runOf } from './test-runs.js';

function sourceOf(rule: (x: ReturnType<typeof input>, g: Grouped[]) => void, text: string, source: string, cue: string): string {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: runOf(x, source, 1), contents: [] };
  rule(x, [g]);
  const s = spanOf(x, g.source!);
  return text.slice(s.start, s.end);
}

test('the first conjunct of a coordinated source joins it', () => {
  assert.equal(sourceOf(coordinatedSources, 'Anna Berg and Tom Lind wrote that the plan would fail.', 'Tom Lind', 'wrote'), 'Anna Berg and Tom Lind');
  assert.equal(sourceOf(coordinatedSources, 'Still, Mayor Ortiz and the council said the budget was fine.', 'the council', 'said'), 'Mayor Ortiz and the council');
});

test('no name opening the clause before "and": the source stays', () => {
  assert.equal(sourceOf(coordinatedSources, 'The gap between Ortiz and Lind said little about the vote.', 'Lind', 'said'), 'Lind');
  assert.equal(sourceOf(coordinatedSources, 'However and Lind said it was late.', 'Lind', 'said'), 'Lind');
  assert.equal(sourceOf(coordinatedSources, 'He left early and Lind said it was late.', 'Lind', 'said'), 'Lind');
});
