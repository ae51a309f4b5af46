// The cue rules' attributions added to the English tagger's (union.ts). Texts written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentedDoc } from '../../models/attribution/train/corpus.js';
import type { Found } from './found.js';
import { compileLexicon, loadCueEntries } from './lexicon.js';
import { findQuoted } from './marks.js';
import { withRuleFound } from './union.js';

const lexicon = compileLexicon(loadCueEntries(), new Set(['en']), 0.3);

function ruled(text: string, tagged: Found[] = []): { found: Found[]; show: (string | null)[][] } {
  const doc = segmentedDoc(text, 't');
  const { quoted } = findQuoted(text, doc.layers.paragraphs!, 'quotes');
  const title = doc.layers.paragraphs![0];
  const found = withRuleFound(text, doc.layers.sentences!, quoted, lexicon, tagged, 5, title.kind === 'title' ? title.end : 0);
  const cut = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return { found, show: found.map((f) => [f.kind, cut(f.source), cut(f.cue), cut(f.content)]) };
}

test('en union: the rules\' direct quote is added where the tagger found nothing, not over a tagged attribution', () => {
  const text = 'Harbour notes\n\nVillagers often say "The sea gives and the sea takes away."';
  const { found, show } = ruled(text);
  assert.deepEqual(show, [['direct', 'Villagers', 'often say', '"The sea gives and the sea takes away."']]);
  const tagged = [{ ...found[0], cue: { start: 15, end: 30 } }];
  assert.equal(ruled(text, tagged).found, tagged);
});

test('en union: "According to X, …" is added; the rules\' other indirect readings are not', () => {
  const { show } = ruled('Harbour notes\n\nAccording to Hale, the harbour board has changed its chairman three times this year.\n\nAdditional reporting by Sam Reed.');
  assert.deepEqual(show, [['indirect', 'Hale', 'According to', 'the harbour board has changed its chairman three times this year']]);
});

test('en union: nothing is read in the headline, whose capitals look like names', () => {
  assert.deepEqual(ruled('Retired Captain Reveals ‘Shocking’ Harbour Secrets\n\nThe board met on Monday.').show, []);
});

test('en union: "In the words of X, …" reads like "according to"', () => {
  const { show } = ruled('Harbour notes\n\nIn the words of Hale, the harbour board has lost its way entirely.');
  assert.deepEqual(show, [['indirect', 'Hale', 'In the words of', 'the harbour board has lost its way entirely']]);
});
