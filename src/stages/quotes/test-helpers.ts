// Builds documents by hand for the quotes tests: segment, a hand-made entities layer, then the stage.
import { createDoc, withLayers } from '../../core/doc.js';
import { createPipeline } from '../../core/pipeline.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Entity, EntityType, Mention, MentionKind, Quote } from '../../core/types.js';
import { segment } from '../segment/index.js';
import { quotes, type QuotesOptions } from './quotes.js';

/** An entity with one mention per occurrence of each listed form in `text`. */
export function entity(id: string, type: EntityType, text: string, forms: [string, MentionKind][]): Entity {
  const mentions: Mention[] = [];
  for (const [form, kind] of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length, text: form, kind });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, canonical: forms[0][0], type, gazetteerId: null, aliases: forms.map((f) => f[0]), mentions, role: null, parent: null };
}

/** The stage on `text` (the learned tagger for English; `{ tagger: false }` for the cue rules). A first line given as `title` is the headline. */
export function run(text: string, entities: Entity[] = [], language = 'en', options?: QuotesOptions & { title?: string }): Doc {
  const given = defineStage({ name: 'entities', requires: [], assigns: ['entities'], create: () => (doc: Doc) => withLayers(doc, { entities }) });
  const { title, ...stageOptions } = options ?? {};
  return createPipeline().use(segment).use(given).use(quotes, stageOptions).run(createDoc({ text, meta: { language, title: title ?? null } }));
}

/** The cue rules only (what other languages get, and English with `{ tagger: false }`). */
export function runRules(text: string, entities: Entity[] = [], language = 'en'): Doc {
  return run(text, entities, language, { tagger: false });
}

/** A quote as strings, for readable assertions. */
export function show(doc: Doc, q: Quote): { kind: string; content: string; cue: string | null; source: string | null; speaker: string | null; entityId: string | null; venue: string | null } {
  const s = (span: { start: number; end: number } | null | undefined): string | null => (span ? doc.text.slice(span.start, span.end) : null);
  return { kind: q.kind, content: s(q.content)!, cue: s(q.cue), source: s(q.speaker?.span), speaker: q.speaker?.name ?? null, entityId: q.speaker?.entityId ?? null, venue: q.venue?.text ?? null };
}

export function all(doc: Doc): ReturnType<typeof show>[] {
  return (doc.layers.quotes ?? []).map((q) => show(doc, q));
}
