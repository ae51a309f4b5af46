// Our pipeline on one PolNeAR text, mapped to attributions.
import { createDoc, withLayers } from '../../src/core/doc.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { defineStage } from '../../src/core/stage.js';
import { quotes, type QuotesOptions } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { toAttributions, type Attribution } from './brat.js';
import { headlineOf } from './dataset.js';

// Spans do not depend on entities (they only name the speaker), so the evaluation runs without the entities stage.
const noEntities = defineStage({ name: 'entities', requires: [], assigns: ['entities'], create: () => (doc) => withLayers(doc, { entities: [] }) });

export function attributionPipeline(options?: QuotesOptions): Pipeline {
  return createPipeline().use(segment).use(noEntities).use(quotes, options);
}

/**
 * Runs the pipeline on a text with offsets identical to the file, and returns its attributions. A PolNeAR text's first
 * line is the headline: it is given as the title, as ingest does for a page.
 */
export function predict(pipeline: Pipeline, text: string, name: string): Attribution[] {
  const doc = pipeline.run(createDoc({ text, source: { name }, meta: { language: 'en', title: headlineOf(text) } }));
  return toAttributions(text, doc.layers.quotes ?? []);
}
