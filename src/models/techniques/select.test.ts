import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { clauseBounds, selectSpans, sentenceBounds, type SelectParams } from './select.js';
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

// "Our nation , proud and free , will stand ! Why did they lie ?" : a clause break inside the first sentence.
const text2 = 'Our nation, proud and free, will stand! Why did they lie?';
const q = text2.indexOf('Why');
const d2 = tokenizeDoc(text2, [{ start: 0, end: q - 1 }, { start: q, end: text2.length }], createCueIndex([]));
const texts2 = (spans: ReturnType<typeof selectSpans>): string[] => spans.map((s) => `${s.kind}:${text2.slice(d2.toks[s.a].start, d2.toks[s.b - 1].end)}`);
const low = (hot: number[]): Float64Array => Float64Array.from(d2.toks, (_, i) => (hot.includes(i) ? 0.9 : 0.05));

test('clauseBounds: out to the clause punctuation, without it', () => {
  // Tokens: Our0 nation1 ,2 proud3 and4 free5 ,6 will7 stand8 !9
  assert.deepEqual(clauseBounds(d2, 3, 4), [3, 6]);
  assert.deepEqual(clauseBounds(d2, 0, 1), [0, 2]);
});

test('runs of a technique set to widen grow to their clause or sentence; others and runs without a technique stay', () => {
  const probs = low([3]);
  const p = { ...base, enter: 0, widen: { 'Flag-Waving': 'clause' as const } };
  const flag = (): string => 'Flag-Waving';
  const widened = selectSpans(d2, probs, [null, null], classes, p, flag);
  assert.deepEqual(texts2(widened), ['run:proud and free']);
  assert.deepEqual(widened[0].core, [3, 4]);
  assert.deepEqual(texts2(selectSpans(d2, probs, [null, null], classes, { ...p, widen: { 'Flag-Waving': 'sentence' } }, flag)), ['run:Our nation, proud and free, will stand']);
  assert.deepEqual(texts2(selectSpans(d2, probs, [null, null], classes, p, () => 'Loaded_Language')), ['run:proud']);
  assert.deepEqual(texts2(selectSpans(d2, probs, [null, null], classes, p)), ['run:proud'], 'no technique given: not widened');
});

test('exclamations and questions are whole spans when a token reaches their floor (short ones too)', () => {
  const probs = low([]);
  probs[12] = 0.3; // "they"
  assert.deepEqual(texts2(selectSpans(d2, probs, [null, null], classes, { ...base, exclaim: 0, question: 0.25 })), ['exclaim:Our nation, proud and free, will stand', 'question:Why did they lie']);
  assert.deepEqual(texts2(selectSpans(d2, probs, [null, null], classes, { ...base, exclaim: 0.5, question: 0.35 })), []);
  assert.deepEqual(texts2(selectSpans(d2, probs, [null, null], classes, base)), [], 'absent: never');
});
