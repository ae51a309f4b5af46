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
