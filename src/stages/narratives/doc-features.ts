// A document's reading and per-sentence features, kept for the stages after this one: the cases stage compares
// the same sentences with the case list, and reading them twice would double the cost. Keyed by the entities
// layer (the same array object while later stages only add layers), so it goes when the document goes.
import type { Doc } from '../../core/types.js';
import type { NarrativeKnowledge } from './compile.js';
import { featuresOf, type Features } from './features.js';
import { read, type Reading } from './reading.js';
import { tokenAt } from './tokens.js';

export interface DocFeatures {
  reading: Reading;
  /** Token range of each sentence. */
  ranges: [number, number][];
  sentences: Features[];
}

const cache = new WeakMap<object, { text: string; language: string; value: DocFeatures }>();

/** Reads the document; `reuse` takes a reading made by another stage's knowledge (the cases stage needs no keywords). */
export function docFeatures(doc: Doc, language: string, k: NarrativeKnowledge, reuse = false): DocFeatures {
  const key = doc.layers.entities;
  const hit = key ? cache.get(key) : undefined;
  if (hit && reuse && hit.text === doc.text && hit.language === language) return hit.value;
  const reading = read(doc.text, language, k.tools, doc.layers.entities ?? []);
  const ranges = (doc.layers.sentences ?? []).map((s): [number, number] => {
    const from = tokenAt(reading.tokens, s.start);
    return [from, Math.max(from, tokenAt(reading.tokens, s.end))];
  });
  const value = { reading, ranges, sentences: ranges.map(([from, to]) => featuresOf(reading, from, to, k.concepts)) };
  if (key && !reuse) cache.set(key, { text: doc.text, language, value });
  return value;
}
