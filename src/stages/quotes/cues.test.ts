// findCues on hand-built texts: a cue form of several words read where the text runs out.
import assert from 'node:assert/strict';
import test from 'node:test';
import { findCues } from './cues.js';
import { compileLexicon, loadCueEntries } from './lexicon.js';

const lexicon = compileLexicon(loadCueEntries(), null, 0);

test('the first word of a multi-word cue as the last word of the text is no cue (and no crash)', () => {
  // Regression: matchForm read the missing next word's offset before checking it was there, so the quotes stage
  // failed on a page whose extracted text ended in "according" (TypeError: reading 'start').
  assert.deepEqual(findCues('The goats grazed on the hill, according', lexicon, []), []);
  assert.equal(findCues('The goats grazed, according to the farmer.', lexicon, []).length, 1);
});
