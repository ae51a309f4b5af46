import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { selectSpans, sentenceBounds, type SelectParams } from './select.js';
import { tokenizeDoc } from './tokens.js';

// Two sentences, tokens 0–5 "The puppet regime lied again ." and 6–10 "Officials met on Monday ."
const text = 'The puppet regime lied again. Officials met on Monday.';
const split = text.indexOf('Officials');
const d = tokenizeDoc(text, [{ start: 0, end: split - 1 }, { start: split, end: text.length }], createCueIndex([]));
const classes = ['none', 'Loaded_Language', 'Doubt'];
const none = (p: number): Float64Array => Float64Array.from([p, (1 - p) / 2, (1 - p) / 2]);
const base: SelectParams = { token: 0.5, enter: 0, minWords: 1, gate: 0, sentence: 2, sentenceToken: 0, perTechnique: {} };
const texts = (spans: ReturnType<typeof selectSpans>): string[] => spans.map((s) => `${s.kind}:${text.slice(d.toks[s.a].start, d.toks[s.b - 1].end)}`);

test('tagger runs over the token threshold; runs with fewer words than minWords are dropped', () => {
  const probs = Float64Array.from([0.1, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9, 0.1]);
  assert.deepEqual(texts(selectSpans(d, probs, [none(0.9), none(0.9)], classes, base)), ['run:puppet regime', 'run:Monday']);
  assert.deepEqual(texts(selectSpans(d, probs, [none(0.9), none(0.9)], classes, { ...base, minWords: 2 })), ['run:puppet regime']);
  // The gate: runs only in sentences the sentence classifier finds persuasive enough; unclassified ones pass.
  assert.deepEqual(texts(selectSpans(d, probs, [none(0.9), none(0.5)], classes, { ...base, gate: 0.4 })), ['run:Monday']);
  assert.deepEqual(texts(selectSpans(d, probs, [null, none(0.9)], classes, { ...base, gate: 0.4 })), ['run:puppet regime']);
  // The cost of opening a span (Viterbi) drops the lone "Monday" before the two-word run.
  assert.deepEqual(texts(selectSpans(d, probs, [none(0.9), none(0.9)], classes, { ...base, enter: 2.5 })), ['run:puppet regime']);
});

test('a whole sentence when the sentence classifier is sure enough and a token leans in; not past its punctuation', () => {
  const probs = Float64Array.from([0.1, 0.45, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]);
  const p = { ...base, sentence: 0.6, sentenceToken: 0.4 };
  assert.deepEqual(texts(selectSpans(d, probs, [none(0.2), none(0.2)], classes, p)), ['sentence:The puppet regime lied again']);
  assert.deepEqual(texts(selectSpans(d, probs, [none(0.5), none(0.2)], classes, p)), [], 'P(none) too high');
  const sure = Float64Array.from([0.3, 0.1, 0.6]);
  const byTechnique = selectSpans(d, probs, [null, sure], classes, { ...base, perTechnique: { Doubt: 0.55 } });
  assert.deepEqual(texts(byTechnique), ['sentence:Officials met on Monday']);
  assert.equal(byTechnique[0].cls, 2);
  assert.deepEqual(sentenceBounds(d, 0), [0, 5]);
});
