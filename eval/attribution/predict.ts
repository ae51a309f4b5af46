// Our pipeline on one PolNeAR text, mapped to attributions.
import { createDoc, withLayers } from '../../src/core/doc.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { defineStage } from '../../src/core/stage.js';
import type { Quote, Span } from '../../src/core/types.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import type { Attribution } from './brat.js';

// Spans do not depend on entities (they only name the speaker), so the evaluation runs without the entities stage.
const noEntities = defineStage({ name: 'entities', requires: [], assigns: ['entities'], create: () => (doc) => withLayers(doc, { entities: [] }) });

export function attributionPipeline(): Pipeline {
  return createPipeline().use(segment).use(noEntities).use(quotes, undefined);
}

/** Runs the pipeline on a text with offsets identical to the file, and returns its attributions. */
export function predict(pipeline: Pipeline, text: string, name: string): Attribution[] {
  const doc = pipeline.run(createDoc({ text, source: { name }, meta: { language: 'en' } }));
  return toAttributions(text, doc.layers.quotes ?? []);
}

/**
 * One attribution per cue: quotes that share a cue ("…," he said, "…") become one attribution with a discontinuous
 * content, as PolNeAR annotates them. A source phrase with an appositive keeps the comma before the cue, as in PolNeAR.
 */
export function toAttributions(text: string, list: Quote[]): Attribution[] {
  const byCue = new Map<string, Attribution>();
  const out: Attribution[] = [];
  for (const q of list) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : `q:${q.id}`;
    const existing = byCue.get(key);
    if (existing) {
      existing.Content.push(q.content);
      continue;
    }
    const source: Span[] = q.speaker?.span ? [withAppositiveComma(text, q.speaker.span)] : [];
    const a: Attribution = { Source: source, Cue: q.cue ? [q.cue] : [], Content: [q.content] };
    byCue.set(key, a);
    out.push(a);
  }
  for (const a of out) a.Content.sort((x, y) => x.start - y.start);
  return out;
}

function withAppositiveComma(text: string, span: Span): Span {
  const inner = text.slice(span.start, span.end);
  return inner.includes(',') && text[span.end] === ',' ? { start: span.start, end: span.end + 1 } : span;
}
