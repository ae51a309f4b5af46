// Narratives → catalogue JSON the loader reads back to the same narratives (the leave-one-out check writes
// catalogues with one example left out; the store hands its catalogues to the narratives stage as files).
import type { Narrative } from './types.js';

export function catalogueJson(narratives: readonly Narrative[]): string {
  return JSON.stringify(
    narratives.map((n) => ({
      id: n.id,
      title: n.title,
      ...(n.description ? { description: n.description } : {}),
      examples: n.examples.map((e) => ({ text: e.text, ...(e.language ? { language: e.language } : {}), ...(e.source ? { source: e.source } : {}), ...(e.date ? { date: e.date } : {}) })),
      ...(Object.keys(n.keywords).length ? { keywords: n.keywords } : {}),
      ...(n.entities.length ? { entities: n.entities } : {}),
      ...(n.predicates.length ? { predicates: n.predicates } : {}),
      ...(n.parent ? { parent: n.parent } : {}),
      ...(n.source ? { source: n.source } : {}),
      ...(n.note ? { note: n.note } : {}),
    })),
  );
}
