// The subject right before a sourceless cue as its source, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Grouped } from './group.js';
import { subjectSources } from './subject-source.js';
import { input, runOf } from './test-runs.js';

/** The source of the sourceless group of `cue` after subjectSources, as text (nothing else tagged). */
function sourceOf(text: string, cue: string): string | null {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: null, contents: [] };
  const tags = new Uint8Array(x.tokens.length);
  for (let i = g.cue.from; i < g.cue.to; i++) tags[i] = i === g.cue.from ? 3 : 4;
  subjectSources(x, [g], tags);
  if (!g.source) return null;
  const s = spanOf(x, g.source);
  return text.slice(s.start, s.end);
}

test('the subject right before the cue, auxiliaries, adverbs or a time phrase between', () => {
  assert.equal(sourceOf('Cruz is praising Jeb Bush, who ended his bid.', 'praising'), 'Cruz');
  assert.equal(sourceOf('The star then recalled an incident at a theater.', 'recalled'), 'The star');
  assert.equal(sourceOf('About 4 in 10 say they want the next president to be liberal.', 'say'), 'About 4 in 10');
  assert.equal(sourceOf('Later, she was defending the organization.', 'defending'), 'she');
  // An apposition stays whole, with its comma, as PolNeAR marks it.
  assert.equal(sourceOf('Joe Scarborough, host of the show, suggested the refusal was bad.', 'suggested'), 'Joe Scarborough, host of the show,');
});

test('no subject for a passive or raising cue, or an expletive', () => {
  assert.equal(sourceOf('Trump is expected to deliver a victory speech.', 'deliver'), null);
  assert.equal(sourceOf('Migrants were blamed for the abuse.', 'blamed'), null);
  assert.equal(sourceOf('It suggests the plan failed.', 'suggests'), null);
});

test('a subject before an aside, and the head of a relative clause holding a cue of its own', () => {
  assert.equal(sourceOf('Ben Carson, speaking with the editorial board, called the deal a disaster.', 'called'), 'Ben Carson');
  assert.equal(sourceOf("NATO's secretary general, meanwhile, called on the regime to stop.", 'called on'), "NATO's secretary general");
  // Regression: a cue inside the relative clause made the subject scan give up, leaving the cue without a source.
  const text = 'Barkley, who said he votes Democratic, said one candidate stood out.';
  const x = input(text);
  const g: Grouped = { cue: runOf(x, 'said one', 2), source: null, contents: [] };
  g.cue.to = g.cue.from + 1;
  const tags = new Uint8Array(x.tokens.length);
  const inner = runOf(x, 'said he', 2);
  tags[inner.from] = 3;
  tags[g.cue.from] = 3;
  subjectSources(x, [g], tags);
  assert.ok(g.source);
  const s = spanOf(x, g.source);
  assert.equal(text.slice(s.start, s.end), 'Barkley');
});
