import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docWith, sampleDoc, SAMPLE_TEXT } from '../report/test-docs.js';
import { layerMarks, slug, techniqueColour, techniqueLabel } from './marks.js';

test('each layer gets its own marks, in text order, with ids unique per document', () => {
  const marks = layerMarks(sampleDoc());
  assert.deepEqual(
    marks.quotes.map((m) => [m.kind, SAMPLE_TEXT.slice(m.start, m.end)]),
    [
      ['speaker', 'Lena Berg'],
      ['cue', 'said'],
      ['quote-direct', '“The invaders will fail.”'],
    ],
  );
  assert.deepEqual(marks.entities.map((m) => m.kind), ['entity-person', 'entity-place']);
  assert.deepEqual(marks.framing.map((m) => [m.kind, m.label]), [['role-antagonist', 'antagonist']]);
  const ids = Object.values(marks).flatMap((l) => l.map((m) => m.id));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(Object.entries(marks).every(([layer, list]) => list.every((m) => m.layer === layer)));
});

test('techniques: only those shown in reports (score ≥ 0.3), each named and coloured by its technique', () => {
  const { techniques } = layerMarks(sampleDoc());
  assert.deepEqual(
    techniques.map((m) => [m.kind, m.label, SAMPLE_TEXT.slice(m.start, m.end)]),
    [
      ['tech-appeal-to-fear-prejudice', 'Appeal to fear-prejudice', 'invaders'],
      ['tech-name-calling-labeling', 'Name calling, labeling', 'puppet regime'],
    ],
  );
  assert.notEqual(techniques[0].colour, techniques[1].colour);
  assert.match(techniques[1].lines[0], /^Name calling, labeling, score 0\.60$/);
  assert.ok(techniques[1].lines.some((l) => l.includes('rule-pejorative-labels')));
});

test('quote details name the speaker; claim details the voice', () => {
  const text = 'Officials said the dam was safe. The dam is unsafe.';
  const doc = docWith(text, (at) => ({
    entities: [],
    quotes: [{ id: 'q1', kind: 'indirect', content: at('the dam was safe'), cue: at('said'), speaker: { entityId: null, name: 'Officials', span: at('Officials') }, venue: null }],
    claims: [
      { id: 'c1', ...at('the dam was safe'), voice: 'attributed', quoteId: 'q1', checkworthiness: 0.4 },
      { id: 'c2', ...at('The dam is unsafe.'), voice: 'author', quoteId: null, checkworthiness: 0.7 },
    ],
  }));
  const marks = layerMarks(doc);
  const quote = marks.quotes.find((m) => m.base === 'quote');
  assert.deepEqual(quote?.lines.slice(0, 3), ['indirect quote of Officials', 'speaker: Officials', 'text: the dam was safe']);
  assert.deepEqual(marks.claims.map((m) => [m.kind, m.lines[0]]), [
    ['claim-attributed', 'claim attributed to Officials'],
    ['claim-author', "claim in the outlet's own voice"],
  ]);
});

test('spans outside the text or empty are left out rather than drawn wrong', () => {
  const doc = docWith('Short text.', () => ({
    techniques: [
      { id: 't1', start: 6, end: 400, technique: 'Doubt', score: 0.9, explanation: 'x' },
      { id: 't2', start: 3, end: 3, technique: 'Doubt', score: 0.9, explanation: 'x' },
      { id: 't3', start: 0, end: 5, technique: 'Doubt', score: 0.9, explanation: 'x' },
    ],
  }));
  assert.deepEqual(layerMarks(doc).techniques.map((m) => m.ref), ['t3']);
});

test('names: slugs are CSS-safe, labels readable, unknown techniques get the spare colour', () => {
  assert.equal(slug('Whataboutism,Straw_Men,Red_Herring'), 'whataboutism-straw-men-red-herring');
  assert.equal(slug('«»'), 'x');
  assert.equal(techniqueLabel('Black-and-White_Fallacy'), 'Black-and-white fallacy');
  assert.equal(techniqueColour('Doubt'), 5);
  assert.equal(techniqueColour('Invented'), 15);
});
