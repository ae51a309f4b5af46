import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { tokenizeDoc } from './tokens.js';
import { bestPath, viterbiSpans } from './viterbi.js';

test('bestPath: with no cost of entering, inside exactly where the emission is positive', () => {
  assert.deepEqual([...bestPath([1, -1, 2, 0.5, -3], 0)], [1, 0, 1, 1, 0]);
});

test('bestPath: the cost of entering bridges a weak token between strong ones and drops a lone weak one', () => {
  // Two spans [0] and [2, 3] cost 2 × 1.5; one span [0, 3] costs 1.5 − 0.4 for the weak token in between.
  assert.deepEqual([...bestPath([2, -0.4, 2, 2, -2, 0.8, -2], 1.5)], [1, 1, 1, 1, 0, 0, 0]);
  // Without the cost the weak token splits the span and the lone 0.8 stands.
  assert.deepEqual([...bestPath([2, -0.4, 2, 2, -2, 0.8, -2], 0)], [1, 0, 1, 1, 0, 1, 0]);
  assert.deepEqual([...bestPath([], 1)], []);
  assert.deepEqual([...bestPath([-1, -2], 1)], [0, 0]);
});

// Tokens 0–5 "The puppet regime lied again ." and 6–10 "Officials met on Monday ."
const text = 'The puppet regime lied again. Officials met on Monday.';
const split = text.indexOf('Officials');
const d = tokenizeDoc(text, [{ start: 0, end: split - 1 }, { start: split, end: text.length }], createCueIndex([]));
const texts = (spans: ReturnType<typeof viterbiSpans>): string[] => spans.map((s) => text.slice(d.toks[s.a].start, d.toks[s.b - 1].end));

test('viterbiSpans: spans stay within a sentence, punctuation trimmed, short ones dropped by minWords', () => {
  const probs = [0.1, 0.9, 0.6, 0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.7, 0.1];
  const spans = viterbiSpans(d, probs, { threshold: 0.5, enter: 0.5, minWords: 1 });
  // The run ends at "again" (the period is trimmed) and does not run on into "Officials" of the next sentence.
  assert.deepEqual(texts(spans), ['puppet regime lied again', 'Officials', 'Monday']);
  assert.ok(Math.abs(spans[0].mean - (0.9 + 0.6 + 0.9 + 0.9) / 4) < 1e-9);
  // "Monday" alone earns logit(0.7) ≈ 0.85, "Officials" logit(0.9) ≈ 2.2: costs of entering above those drop them.
  assert.deepEqual(texts(viterbiSpans(d, probs, { threshold: 0.5, enter: 1, minWords: 1 })), ['puppet regime lied again', 'Officials']);
  assert.deepEqual(texts(viterbiSpans(d, probs, { threshold: 0.5, enter: 2.5, minWords: 1 })), ['puppet regime lied again']);
  assert.deepEqual(texts(viterbiSpans(d, probs, { threshold: 0.5, enter: 0.5, minWords: 2 })), ['puppet regime lied again']);
});
