// The seed article's musts (issue 3), through the same stages as analyze: language, segment, techniques.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../core/pipeline.js';
import type { Technique } from '../../core/types.js';
import { fromText } from '../../ingest/text.js';
import { language } from '../language/index.js';
import { segment } from '../segment/index.js';
import { techniques } from './index.js';

const SEED = fileURLToPath(new URL('../../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url));
const skip = existsSync(SEED) ? false : `seed article not found at ${SEED}`;

test('seed article: loaded labels, the rhetorical question, the insinuation, the simile; no technique on a plain report', { skip }, () => {
  const doc = createPipeline().use(language, undefined).use(segment).use(techniques, undefined).run(fromText(readFileSync(SEED, 'utf8'), { name: 'seed' }));
  const found = doc.layers.techniques ?? [];
  const covering = (phrase: string): Technique[] => {
    const start = doc.text.indexOf(phrase);
    assert.ok(start >= 0, phrase);
    return found.filter((t) => t.start <= start && t.end >= start + phrase.length);
  };
  const has = (phrase: string, names: string[]): void => {
    const hits = covering(phrase);
    assert.ok(hits.some((t) => names.includes(t.technique)), `"${phrase}": ${hits.map((t) => t.technique).join(', ') || 'nothing'}`);
  };
  has('puppet regime', ['Loaded_Language', 'Name_Calling,Labeling']);
  has('invaders', ['Loaded_Language', 'Name_Calling,Labeling']);
  // Without the "?": the question may now be the model's span (select.ts marks questions whole), which ends at the
  // last word as PTC's spans mostly do (95 of 156 training spans next to a "?" stop before it).
  has('The pertinent question arises: why is this so', ['Doubt']);
  has('a superpower that does not support the defeat of ISKP', ['Doubt', 'Causal_Oversimplification', 'Appeal_to_fear-prejudice']);
  has('akin to a mushroom sprouting after rainfall', ['Loaded_Language', 'Exaggeration,Minimisation']);
  const plain = 'These assertions were recently made by Zamir Kabulov during an interview with RTVI television.';
  const start = doc.text.indexOf(plain);
  assert.deepEqual(found.filter((t) => t.start < start + plain.length && t.end > start).map((t) => doc.text.slice(t.start, t.end)), []);
});
