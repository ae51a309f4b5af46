// Reader-oriented views of a document shared by the Markdown and HTML reports.
import type { Claim, Doc, Entity, Quote } from '../core/types.js';

export interface SpeakerView {
  name: string;
  entity: Entity | null;
  role: string | null;
  venues: string[];
  quotes: Quote[];
}

/** Quotes grouped by speaker, in order of first quote; unattributed quotes under a null-named group last. */
export function speakers(doc: Doc): SpeakerView[] {
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map<string, SpeakerView>();
  for (const quote of doc.layers.quotes ?? []) {
    const entity = quote.speaker?.entityId ? entities.get(quote.speaker.entityId) ?? null : null;
    const key = entity?.id ?? quote.speaker?.name ?? '(no speaker found)';
    let view = groups.get(key);
    if (!view) {
      view = { name: entity?.canonical ?? quote.speaker?.name ?? '(no speaker found)', entity, role: entity?.role?.text ?? null, venues: [], quotes: [] };
      groups.set(key, view);
    }
    view.quotes.push(quote);
    if (quote.venue && !view.venues.includes(quote.venue.text)) view.venues.push(quote.venue.text);
  }
  return [...groups.values()];
}

export function claimsByVoice(doc: Doc): { author: Claim[]; attributed: Claim[] } {
  const all = doc.layers.claims ?? [];
  return { author: all.filter((c) => c.voice === 'author'), attributed: all.filter((c) => c.voice === 'attributed') };
}

export function quoteSpeakerName(doc: Doc, quoteId: string | null): string | null {
  if (!quoteId) return null;
  const quote = doc.layers.quotes?.find((q) => q.id === quoteId);
  if (!quote?.speaker) return null;
  const entity = quote.speaker.entityId ? doc.layers.entities?.find((e) => e.id === quote.speaker!.entityId) : undefined;
  return entity?.canonical ?? quote.speaker.name;
}

/** Collapses runs of whitespace so a span reads on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Opening marks a quote's content may already carry (direct quotes keep their quotation marks).
const OPENING = /^["“„«‘‚‹'»]/u;

/** Wraps text in curly quotation marks unless it already starts with one (a direct quote's content does). */
export function quoted(text: string): string {
  return OPENING.test(text) ? text : `“${text}”`;
}
