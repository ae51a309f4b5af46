// Training examples: each PolNeAR article segmented as the pipeline does, its tokens, and the gold BIO tags.
import { createDoc, withLayers } from '../../../core/doc.js';
import { createPipeline } from '../../../core/pipeline.js';
import { defineStage } from '../../../core/stage.js';
import type { Doc } from '../../../core/types.js';
import type { Attribution } from '../../../stages/quotes/brat.js';
import { findQuoted } from '../../../stages/quotes/marks.js';
import { segment } from '../../../stages/segment/index.js';
import { buildInput, type TagInput } from '../input.js';
import { B_CONTENT, B_CUE, B_SOURCE } from '../tagger.js';
import { headlineOf, type GoldArticle } from './polnear.js';

export interface Example {
  name: string;
  input: TagInput;
  gold: Uint8Array;
  attributions: Attribution[];
}

const noEntities = defineStage({ name: 'entities', requires: [], assigns: ['entities'], create: () => (doc: Doc) => withLayers(doc, { entities: [] }) });
const pipeline = createPipeline().use(segment).use(noEntities);

/** The document as the quotes stage sees it: segmented, the first line as the title. */
export function segmentedDoc(text: string, name: string): Doc {
  return pipeline.run(createDoc({ text, source: { name }, meta: { language: 'en', title: headlineOf(text) } }));
}

export function tagInputOf(doc: Doc): TagInput {
  const { quoted } = findQuoted(doc.text, doc.layers.paragraphs ?? [], 'quotes');
  return buildInput(doc.text, doc.layers.sentences ?? [], doc.layers.paragraphs ?? [], quoted);
}

const ROLE_TAG = { Source: B_SOURCE, Cue: B_CUE, Content: B_CONTENT } as const;

/**
 * Gold tags: a token takes the role of the span its first character falls in; B- where a new span starts. Fragments
 * of one item separated only by whitespace (brat splits at sentence ends) are one run.
 */
export function goldTags(input: TagInput, attributions: Attribution[]): Uint8Array {
  const n = input.tokens.length;
  const tags = new Uint8Array(n);
  const item = new Int32Array(n).fill(-1);
  attributions.forEach((a, k) => {
    for (const role of ['Source', 'Cue', 'Content'] as const) {
      for (const span of a[role]) {
        for (let i = lowerBound(input, span.start); i < n && input.tokens[i].start < span.end; i++) {
          if (item[i] >= 0) continue;
          item[i] = k * 3 + (role === 'Source' ? 0 : role === 'Cue' ? 1 : 2);
          tags[i] = ROLE_TAG[role];
        }
      }
    }
  });
  for (let i = 1; i < n; i++) if (tags[i] && item[i - 1] === item[i]) tags[i] += 1;
  return tags;
}

function lowerBound(input: TagInput, pos: number): number {
  let lo = 0;
  let hi = input.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (input.tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toExample(article: GoldArticle): Example {
  const input = tagInputOf(segmentedDoc(article.text, article.name));
  return { name: article.name, input, gold: goldTags(input, article.attributions), attributions: article.attributions };
}
