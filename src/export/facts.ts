// Facts about a document that every export format needs in the same way: who owns a span (a quoted speaker or the
// outlet), who publishes it, its date as a timestamp, and the gaps to state when metadata is missing.
import type { Claim, Doc, Entity, EntityType, Post, Quote, Span } from '../core/types.js';
import { postAuthor, postById } from '../report/claim-speaker.js';

/** Who speaks a span: a quoted speaker or an embedded post's author, or the publisher (the article's own voice). */
export type Owner =
  | { kind: 'speaker'; name: string; entity: Entity | null; quote: Quote | null; post: Post | null }
  | { kind: 'publisher' };

/** The article's publisher as far as the document says: site name, else URL host, else byline. */
export interface Publisher {
  name: string;
  from: 'site' | 'host' | 'byline';
  type: 'organization' | 'person' | 'people';
  /** Byline authors, one name each, when `from` is 'byline'. */
  authors: string[];
}

export function entityById(doc: Doc, id: string | null | undefined): Entity | null {
  if (!id) return null;
  return doc.layers.entities?.find((e) => e.id === id) ?? null;
}

export function quoteById(doc: Doc, id: string | null | undefined): Quote | null {
  if (!id) return null;
  return doc.layers.quotes?.find((q) => q.id === id) ?? null;
}

export function slice(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** A quote's owner: its speaker, or the publisher when the quote has none. */
export function quoteOwner(doc: Doc, quote: Quote): Owner {
  if (!quote.speaker) return { kind: 'publisher' };
  return { kind: 'speaker', name: quote.speaker.name, entity: entityById(doc, quote.speaker.entityId), quote, post: null };
}

/** A post's owner: its author, with the entity of that name when the text names them elsewhere. */
export function postOwner(doc: Doc, post: Post): Owner {
  const name = postAuthor(post);
  const key = name.toLowerCase();
  const entity = doc.layers.entities?.find((e) => e.canonical.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)) ?? null;
  return { kind: 'speaker', name, entity, quote: null, post };
}

/** A claim's owner: the speaker of its quote, or the author of the post it sits in, for attributed claims; else the publisher. */
export function claimOwner(doc: Doc, claim: Claim): Owner {
  if (claim.voice !== 'attributed') return { kind: 'publisher' };
  const quote = quoteById(doc, claim.quoteId);
  if (quote) return quoteOwner(doc, quote);
  const post = postById(doc, claim.postId);
  return post ? postOwner(doc, post) : { kind: 'publisher' };
}

/** A span belongs to a speaker when at least half of it lies inside one of their quotes. */
export function spanOwner(doc: Doc, span: Span): Owner {
  const length = Math.max(1, span.end - span.start);
  for (const quote of doc.layers.quotes ?? []) {
    const overlap = Math.min(span.end, quote.content.end) - Math.max(span.start, quote.content.start);
    if (overlap * 2 >= length) return quoteOwner(doc, quote);
  }
  return { kind: 'publisher' };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function publisherOf(doc: Doc): Publisher | null {
  const site = doc.meta.siteName?.trim();
  if (site) return { name: site, from: 'site', type: 'organization', authors: [] };
  const host = hostOf(doc.meta.url);
  if (host) return { name: host, from: 'host', type: 'organization', authors: [] };
  const authors = doc.meta.authors.map((a) => a.trim()).filter(Boolean);
  const byline = doc.meta.byline?.trim().replace(/^by\s+/i, '') || authors.join(', ');
  if (!byline) return null;
  return { name: byline, from: 'byline', type: authors.length > 1 ? 'people' : 'person', authors: authors.length ? authors : [byline] };
}

/** The publication date as a UTC timestamp with milliseconds, or null when absent or unreadable. */
export function publishedTimestamp(doc: Doc): string | null {
  const value = doc.meta.published;
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : null;
}

/** A readable label for a document in gap notes. */
export function docLabel(doc: Doc): string {
  return doc.meta.url ?? (doc.source.name && !doc.source.name.startsWith('<') ? doc.source.name : `document ${doc.id}`);
}

/** What the document lacks that an export would want, in words. */
export function docGaps(doc: Doc): string[] {
  const gaps: string[] = [];
  const label = docLabel(doc);
  const publisher = publisherOf(doc);
  if (!doc.meta.url) gaps.push(`${label}: no URL in the document; appearances carry no url.`);
  if (!doc.meta.published) gaps.push(`${label}: no publication date in the document; publication dates are left out.`);
  else if (!publishedTimestamp(doc)) gaps.push(`${label}: publication date "${doc.meta.published}" is unreadable; treated as absent.`);
  if (!publisher) gaps.push(`${label}: no site name, URL or byline; the article's own voice has no author.`);
  else if (publisher.from === 'host') gaps.push(`${label}: no site name; the outlet is named by its web host "${publisher.name}".`);
  else if (publisher.from === 'byline') gaps.push(`${label}: no site name or URL; the byline "${publisher.name}" stands for the outlet.`);
  if (!doc.layers.claims) gaps.push(`${label}: the claims layer is absent (not analysed).`);
  if (!doc.layers.techniques) gaps.push(`${label}: the techniques layer is absent (not analysed).`);
  if (!doc.layers.narratives) gaps.push(`${label}: the narratives layer is absent (no catalogue matched); no narrative objects.`);
  return gaps;
}

/** STIX identity_class for an entity type. A place that speaks is a state: an organization. */
export function identityClass(type: EntityType): 'individual' | 'organization' | 'group' | 'unknown' {
  if (type === 'person') return 'individual';
  if (type === 'group') return 'group';
  if (type === 'organization' || type === 'media' || type === 'place') return 'organization';
  return 'unknown';
}

/** schema.org type for an entity type. */
export function schemaType(type: EntityType): 'Person' | 'Organization' {
  return type === 'person' ? 'Person' : 'Organization';
}
