import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fromText } from '../../ingest/text.js';
import { createPipeline } from '../../core/pipeline.js';
import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Entity } from '../../core/types.js';
import { segment } from '../segment/index.js';
import { quotes } from './quotes.js';
import { entity } from './test-helpers.js';

const SEED = new URL('../../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url);
const skip = existsSync(SEED) ? false : `seed article not found at ${SEED.pathname}`;

// Entities by hand (the entities stage is written separately): Kabulov and RTVI, as that stage should find them.
function analyse(): Doc {
  const read = fromText(readFileSync(SEED, 'utf8'), { name: 'almirsad-kabulov-isis.txt' });
  // English, as the language stage finds: the learned tagger runs.
  const doc = { ...read, meta: { ...read.meta, language: 'en' } };
  const entities: Entity[] = [
    entity('kabulov', 'person', doc.text, [['Zamir Kabulov', 'name'], ['Kabulov', 'surname']]),
    entity('rtvi', 'media', doc.text, [['RTVI', 'name']]),
  ];
  const given = defineStage({ name: 'entities', requires: [], assigns: ['entities'], create: () => (d: Doc) => withLayers(d, { entities }) });
  return createPipeline().use(segment).use(given).use(quotes, undefined).run(doc);
}

test('seed: every statement attributed to Kabulov, nothing in the author’s voice', { skip }, () => {
  const doc = analyse();
  const quotes = doc.layers.quotes ?? [];
  const his = quotes.filter((q) => q.speaker?.entityId === 'kabulov');
  const got = his.map((q) => ({ kind: q.kind, start: doc.text.slice(q.content.start, q.content.start + 30), venue: q.venue?.entityId }));
  assert.deepEqual(got, [
    // The headline "Zamir Kabulov: America and NATO were responsible …" is his, with no cue (headline.ts).
    { kind: 'indirect', start: 'America and NATO were responsi', venue: 'rtvi' },
    { kind: 'indirect', start: 'that the branch of ISIS in Afg', venue: 'rtvi' },
    { kind: 'direct', start: '“IS-K came into existence a de', venue: 'rtvi' },
    { kind: 'direct', start: '“IS-K emerged rapidly, akin to', venue: 'rtvi' },
    { kind: 'indirect', start: 'the release of Daesh from the ', venue: 'rtvi' },
    // "Kabulov further stated that …, and America is reluctant …": one content running over both clauses (the tagger
    // with its rare zero-rate words kept, model.ts, reads it so; before, the second clause was a second content).
    { kind: 'indirect', start: 'that the Khawarij of Khorasan ', venue: 'rtvi' },
  ]);
  const khawarij = his[his.length - 1];
  assert.ok(doc.text.slice(khawarij.content.start, khawarij.content.end).endsWith('reluctant to diminish their strength'), 'his last statement runs over both clauses');
  assert.ok(doc.text.slice(his[2].content.start, his[2].content.end).endsWith('who were considered invaders.”'), 'the first direct quote runs over the line break');
  // Nothing in the outlet's own paragraphs is anyone's quote.
  for (const phrase of ['American helicopters would suddenly appear', 'Such occurrences have transpired', 'they imposed sanctions', 'This indicates that', 'We must carefully consider', 'The pertinent question']) {
    const at = doc.text.indexOf(phrase);
    assert.ok(!quotes.some((q) => q.content.start <= at + phrase.length && q.content.end > at), `"${phrase}" is in no quote`);
  }
  // Any other attribution lies in Kabulov's own words: the paragraph whose opening mark the page lost ("they …
  // emphasized that …") or his "further stated" sentence ("America is reluctant …", a belief PolNeAR would mark).
  const his2 = doc.text.indexOf('This particular detail');
  const his3 = doc.text.indexOf('Kabulov further stated');
  for (const q of quotes.filter((x) => !his.includes(x))) {
    const inside = (from: number) => q.content.start >= from && q.content.end <= doc.text.indexOf('\n', from);
    assert.ok(inside(his2) || inside(his3), `unexpected quote: ${doc.text.slice(q.content.start, q.content.end)}`);
  }
});

test('seed: the stray ” after "Al-Qaeda." is reported, not made into a quote', { skip }, () => {
  const doc = analyse();
  const stray = doc.messages.filter((m) => m.source === 'quotes' && m.ruleId === 'unbalanced-quote');
  assert.equal(stray.length, 1);
  assert.equal(doc.text.slice(stray[0].place!.start - 9, stray[0].place!.end), 'Al-Qaeda.”');
});
