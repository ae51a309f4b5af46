// The subject of a seem/appear cue as content, not source, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Grouped, type Run } from './group.js';
import { raisingSubjects } from './raising.js';
import { input, runOf } from './test-runs.js';

function after(text: string, source: string, cue: string, content: string): { source: string | null; contents: string[] } {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: runOf(x, source, 1), contents: [runOf(x, content, 3)] };
  raisingSubjects(x, [g]);
  const cut = (r: Run) => { const s = spanOf(x, r); return text.slice(s.start, s.end); };
  return { source: g.source ? cut(g.source) : null, contents: g.contents.map(cut) };
}

test('the subject of "seems" becomes the first part of the content', () => {
  assert.deepEqual(after("Mr. Trump's tone often seems to encourage aggression.", "Mr. Trump's tone", 'often seems', 'to encourage aggression'), {
    source: null,
    contents: ["Mr. Trump's tone", 'to encourage aggression'],
  });
});

test('a cue with more than the verb keeps its source', () => {
  assert.deepEqual(after('Clinton seemed to be ready to riff on the incident.', 'Clinton', 'seemed to be ready to riff on', 'the incident').source, 'Clinton');
});
