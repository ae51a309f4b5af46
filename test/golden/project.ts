// The part of an analysis a golden folder pins down: what an analyst reads, by text rather than by offset, so a
// golden diff says what changed ("quote 3 lost its speaker"), not which numbers moved.
import type { Doc } from '../../src/core/types.js';

export interface GoldenAnalysis {
  meta: Doc['meta'];
  entities: { canonical: string; type: string; aliases: string[] }[];
  quotes: { kind: string; speaker: string | null; cue: string | null; content: string; venue: string | null }[];
  claims: { voice: string; speaker: string | null; text: string }[];
}

export function project(doc: Doc): GoldenAnalysis {
  const cut = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
  const entities = doc.layers.entities ?? [];
  const name = (id: string | null | undefined) => (id ? entities.find((e) => e.id === id)?.canonical ?? null : null);
  const quotes = doc.layers.quotes ?? [];
  return {
    meta: doc.meta,
    entities: entities.map((e) => ({ canonical: e.canonical, type: e.type, aliases: [...e.aliases].sort() })),
    quotes: quotes.map((q) => ({
      kind: q.kind,
      speaker: q.speaker ? name(q.speaker.entityId) ?? q.speaker.name : null,
      cue: q.cue ? cut(q.cue) : null,
      content: cut(q.content),
      venue: q.venue ? q.venue.text : null,
    })),
    claims: (doc.layers.claims ?? []).map((c) => {
      const quote = c.quoteId ? quotes.find((q) => q.id === c.quoteId) : undefined;
      return { voice: c.voice, speaker: quote?.speaker ? name(quote.speaker.entityId) ?? quote.speaker.name : null, text: cut(c) };
    }),
  };
}
