import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMarkdown } from './markdown.js';
import { DISPLAY_MIN_SCORE } from './persuasion.js';
import { sampleDoc } from './test-docs.js';

test('a direct quote keeps its own marks, not doubled', () => {
  const md = toMarkdown(sampleDoc());
  assert.ok(md.includes(': “The invaders will fail.”'), md);
  assert.ok(!md.includes('““') && !md.includes('””'));
});

test('techniques: a summary table and the spans at or above the display threshold, with the count hidden', () => {
  const md = toMarkdown(sampleDoc());
  assert.match(md, /## Persuasion techniques\n\n\| Technique \| Spans \| Best score \|/);
  assert.match(md, /\| Name\\_Calling,Labeling \| 1 \| 0\.60 \|\n\| Appeal\\_to\\_fear-prejudice \| 1 \| 0\.45 \|/);
  assert.match(md, /- \*\*Name\\_Calling,Labeling\*\* 0\.60 `\d+–\d+`: “puppet regime” — rule rule-pejorative-labels/);
  assert.ok(!md.includes('“will fail”'), 'the 0.12 span is not listed');
  assert.ok(md.includes(`1 span scored below ${DISPLAY_MIN_SCORE} and is not shown`));
});

test('framing: a table of actor, role, fine role, score and evidence, then the explanations', () => {
  const md = toMarkdown(sampleDoc());
  assert.match(md, /## How the actors are cast\n\n\| Actor \| Role \| Fine role \| Score \| Evidence \|/);
  assert.ok(md.includes('| Ruritania | antagonist | conspirator | 0.63 | “Ruritania armed the rebels” |'));
  assert.ok(md.includes('- **Ruritania:** antagonist (conspirator), weight 1: agent of “armed”.'));
});
