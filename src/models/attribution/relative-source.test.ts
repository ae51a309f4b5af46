// "who" as the source of a cue in its relative clause, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Grouped } from './group.js';
import { relativeSources } from './relative-source.js';
import { input, runOf } from './test-runs.js';

/** The source of the group of `cue` (with `source` given by the tagger) after relativeSources, as text. */
function sourceOf(text: string, cue: string, source: string | null): string | null {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: source ? runOf(x, source, 1) : null, contents: [] };
  relativeSources(x, [g]);
  if (!g.source) return null;
  const s = spanOf(x, g.source);
  return text.slice(s.start, s.end);
}

test('a cue right after "who" takes it as its source, as PolNeAR marks it', () => {
  assert.equal(sourceOf('Prices fell, said Mr. Ekovich, who noted that land got cheaper.', 'noted', null), 'who');
  // The antecedent the tagger took is not what PolNeAR marks there.
  assert.equal(sourceOf('An influential Republican who said he would not vote for Mr. Cruz.', 'said', 'An influential Republican'), 'who');
  assert.equal(sourceOf('Mr. Aguilar, who also said the two men must change.', 'said', null), 'who');
});

test('a question word, or a source the tagger read after "who", stays as it was', () => {
  assert.equal(sourceOf('Reporters asked who said it first.', 'said', null), null);
  assert.equal(sourceOf('It is unclear who the aide said was there.', 'said', 'the aide'), 'the aide');
});

test('a passive cue after "who" has no speaker in "who" (regression: "NATO forces, who were considered invaders" framed NATO as a speaker)', () => {
  assert.equal(sourceOf('Villagers fled from the NATO forces, who were considered invaders.', 'were considered', null), null);
  assert.equal(sourceOf('The clerks, who were told to leave, stayed.', 'were told', null), null);
});

test('the tagger\'s "who" before a passive cue is dropped as well', () => {
  assert.equal(sourceOf('Villagers fled from the NATO forces, who were considered invaders.', 'were considered', 'who'), null);
  assert.equal(sourceOf('Mr. Aguilar, who said the two men must change.', 'said', 'who'), 'who');
});
