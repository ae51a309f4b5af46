import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKnowledge } from './compile.js';
import { findFrames } from './frames.js';
import { read } from './reading.js';

// Names come from the gazetteer aliases here (no entities stage), as for catalogue examples.
const k = buildKnowledge({ builtIn: false });

function frames(text: string, language: string): string[] {
  const r = read(text, language, k.tools);
  return findFrames(r, 0, r.tokens.length, k.concepts).map((f) => `${f.agent.id} ${f.cls} ${f.patient.id}${f.negated ? ' not' : ''}`);
}

test('active voice: the agent comes first (English, French, Russian)', () => {
  assert.deepEqual(frames('The US created ISIS in Syria.', 'en'), ['united-states CREATE isis']);
  assert.deepEqual(frames("Les États-Unis financent l'État islamique.", 'fr'), ['united-states SPONSOR isis']);
  assert.ok(frames('США создали ИГИЛ.', 'ru').includes('united-states CREATE isis'));
});

test('passive voice and agent markers: the agent comes after ("was created by", "par", "من قبل")', () => {
  assert.deepEqual(frames('ISIS was created by the CIA.', 'en'), ['cia CREATE isis']);
  assert.deepEqual(frames("L'État islamique a été créé par les États-Unis.", 'fr'), ['united-states CREATE isis']);
  assert.deepEqual(frames('تم إنشاء داعش من قبل الولايات المتحدة.', 'ar'), ['united-states CREATE isis']);
});

test('"product of", "tool of": the subject is the patient', () => {
  assert.deepEqual(frames('ISIS is a product of American policy.', 'en'), ['united-states CREATE isis']);
  assert.deepEqual(frames('ISIS is a tool of NATO.', 'en'), ['nato CONTROL isis']);
});

test('verb last (German) and verb first (Arabic)', () => {
  assert.deepEqual(frames('Er sagt, dass die USA den IS gegründet haben.', 'de'), ['united-states CREATE isis']);
  assert.deepEqual(frames('أنشأت الولايات المتحدة داعش.', 'ar'), ['united-states CREATE isis']);
});

test('Russian word order is free: both readings are kept', () => {
  const got = frames('ИГИЛ создали американцы.', 'ru');
  assert.ok(got.includes('united-states CREATE isis'), got.join('; '));
});

test('a frame does not reach across a FIGHT cue', () => {
  assert.deepEqual(frames('The United States created a coalition to fight ISIS.', 'en'), []);
  assert.deepEqual(frames('Washington supported Afghan forces against the Islamic State.', 'en').filter((f) => f.endsWith('isis')), []);
});

test('a negation right before the predicate denies the frame', () => {
  assert.deepEqual(frames('The US did not create ISIS.', 'en'), ['united-states CREATE isis not']);
});

test('a cue that names its patient takes the group the text last named ("undermined counter-terrorism")', () => {
  const got = frames('The Taliban fight ISIS. NATO undermined their capabilities to conduct counter-terrorist operations.', 'en');
  assert.ok(got.includes('nato PROTECT isis'), got.join('; '));
});

test('class terms are participants: "the West", "the superpower", "terrorists"', () => {
  assert.deepEqual(frames('The West arms terrorists.', 'en'), ['west ARM terrorism']);
  assert.deepEqual(frames('Запад вооружает террористов.', 'ru').slice(0, 1), ['west ARM terrorism']);
  assert.deepEqual(frames('A superpower protects ISIS.', 'en'), ['united-states PROTECT isis']);
});

test('topic concepts are patients, never agents', () => {
  assert.deepEqual(frames('The Pentagon runs biolabs in Georgia.', 'en'), ['pentagon CONTROL biolab']);
  assert.deepEqual(frames('Sanctions protect ISIS.', 'en'), []);
});
