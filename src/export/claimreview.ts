// ClaimReview drafts (schema.org JSON-LD), one per claim: the claim, who made it and where it appeared. claimtrail gives
// no verdict, so there is no reviewRating and the draft says so (creativeWorkStatus "Draft" and its description).
import type { Claim, Doc } from '../core/types.js';
import { claimOwner, docGaps, docLabel, publishedTimestamp, publisherOf, schemaType, slice } from './facts.js';
import type { Appearance, ExportContext } from './types.js';
import { stableUuid } from './uuid5.js';

export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLdNode | JsonLdValue[];

export interface ClaimReviewResult {
  document: { '@context': 'https://schema.org'; '@graph': JsonLdNode[] };
  gaps: string[];
}

const DRAFT_NOTE = 'Draft by claimtrail, without a verdict: reviewRating, the reviewing author and the review date are left for the fact-checker.';

/** A schema.org date: the document's date as given when it parses, else nothing. */
function dateOf(date: string | null | undefined): string | null {
  return date && Number.isFinite(Date.parse(date)) ? date : null;
}

function appearanceNode(a: Appearance): JsonLdNode | null {
  const node: JsonLdNode = { '@type': 'Article' };
  if (a.url) node.url = a.url;
  if (a.title) node.headline = a.title;
  const date = dateOf(a.date);
  if (date) node.datePublished = date;
  if (a.outlet) node.publisher = { '@type': 'Organization', name: a.outlet };
  return Object.keys(node).length > 1 ? node : null;
}

/** The author of a claim: the speaker entity for attributed claims, the outlet (site name, else byline) for the article's voice. */
function authorOf(doc: Doc, claim: Claim): { author: JsonLdValue | null; gap: string | null } {
  const owner = claimOwner(doc, claim);
  if (owner.kind === 'speaker') {
    const e = owner.entity;
    if (!e) {
      const source = owner.post ? `the author of an embedded post (“${owner.name}”), not a named entity in the text` : `an unnamed source (“${owner.name}”)`;
      return { author: null, gap: `attributed to ${source}: no author given.` };
    }
    const node: JsonLdNode = { '@type': schemaType(e.type), name: e.canonical };
    if (e.type === 'person' && e.role?.text) node.jobTitle = e.role.text;
    return { author: node, gap: null };
  }
  const p = publisherOf(doc);
  if (!p) return { author: null, gap: 'in the article’s own voice, but the document names no outlet or byline: no author given.' };
  if (p.from !== 'byline') return { author: { '@type': 'Organization', name: p.name }, gap: null };
  const people: JsonLdNode[] = p.authors.map((name) => ({ '@type': 'Person', name }));
  return { author: people.length === 1 ? people[0] : people, gap: `the outlet is not named; the byline (${p.name}) is given as the author.` };
}

/**
 * The fields Google documents for ClaimReview (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * ClaimReview claimReviewed, reviewRating, url, author, datePublished, itemReviewed; Claim author, datePublished,
 * appearance, firstAppearance. Paths are as written in the draft.
 */
export const GOOGLE_FIELDS = ['claimReviewed', 'reviewRating', 'url', 'author', 'datePublished', 'itemReviewed', 'itemReviewed.author', 'itemReviewed.datePublished', 'itemReviewed.appearance', 'itemReviewed.firstAppearance'] as const;

/** One line: which of Google's fields the draft fills and which are left for the fact-checker or missing. */
export function fieldSummary(node: JsonLdNode): string {
  const has = (path: string): boolean => {
    let v: JsonLdValue | undefined = node;
    for (const k of path.split('.')) v = v && typeof v === 'object' && !Array.isArray(v) ? v[k] : undefined;
    return v !== undefined;
  };
  const filled = GOOGLE_FIELDS.filter(has);
  const missing = GOOGLE_FIELDS.filter((f) => !has(f));
  return `Google ClaimReview fields — filled: ${filled.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'}.`;
}

function draft(doc: Doc, claim: Claim, context: ExportContext): { node: JsonLdNode; gaps: string[] } {
  const gaps: string[] = [];
  const { author, gap } = authorOf(doc, claim);
  if (gap) gaps.push(gap);
  const p = publisherOf(doc);
  const outlet = p && p.from !== 'byline' ? p.name : null;
  const item: JsonLdNode = { '@type': 'Claim', identifier: `claimtrail:${doc.id}:${claim.start}-${claim.end}` };
  if (author) item.author = author;
  const date = publishedTimestamp(doc) ? dateOf(doc.meta.published) : null;
  if (date) item.datePublished = date;
  const appearance = appearanceNode({ url: doc.meta.url, date, title: doc.meta.title, outlet });
  if (appearance) item.appearance = appearance;
  const first = context.firstAppearance?.(doc, claim);
  const firstNode = first ? appearanceNode(first) : null;
  if (firstNode) item.firstAppearance = firstNode;
  const about = (doc.layers.narratives ?? []).filter((n) => n.evidence.some((s) => s.start < claim.end && s.end > claim.start));
  if (about.length) item.about = about.map((n) => ({ '@type': 'Thing', name: n.title, identifier: n.id }));
  const node: JsonLdNode = {
    '@type': 'ClaimReview',
    '@id': `urn:uuid:${stableUuid('claimreview', doc.id, String(claim.start), String(claim.end))}`,
    creativeWorkStatus: 'Draft',
    description: [DRAFT_NOTE, ...gaps.map((g) => `Gap: ${g}`)].join(' '),
    claimReviewed: slice(doc, claim),
    itemReviewed: item,
  };
  if (doc.meta.language) node.inLanguage = doc.meta.language;
  // The summary goes last in the description, so a reader (or a script) finds it in one place.
  node.description = `${String(node.description)} ${fieldSummary(node)}`;
  return { node, gaps };
}

/** ClaimReview drafts for every claim of the documents, in document and text order. Pure: no clock, no I/O. */
export function toClaimReviews(docs: readonly Doc[], context: ExportContext = {}): ClaimReviewResult {
  const graph: JsonLdNode[] = [];
  const gaps: string[] = [];
  let withoutFirst = 0;
  for (const doc of docs) {
    const one = claimReviewsOf(doc, context);
    graph.push(...one.nodes);
    gaps.push(...one.gaps);
    withoutFirst += one.withoutFirst;
  }
  gaps.push(...closingClaimReviewGaps(docs.length, withoutFirst, context));
  return { document: { '@context': 'https://schema.org', '@graph': graph }, gaps };
}

/** One document's drafts and gaps, and how many of its claims have no first appearance (for the closing gap). */
export function claimReviewsOf(doc: Doc, context: ExportContext): { nodes: JsonLdNode[]; gaps: string[]; withoutFirst: number } {
  const nodes: JsonLdNode[] = [];
  const gaps = docGaps(doc).filter((g) => !g.includes('techniques layer'));
  const label = docLabel(doc);
  const authorGaps = new Set<string>();
  for (const claim of doc.layers.claims ?? []) {
    const d = draft(doc, claim, context);
    nodes.push(d.node);
    d.gaps.forEach((g) => authorGaps.add(`${label}: claim ${g}`));
  }
  if (doc.layers.claims && !doc.layers.claims.length) gaps.push(`${label}: no claims found; no drafts.`);
  const withoutFirst = context.firstAppearance ? (doc.layers.claims ?? []).filter((c) => !context.firstAppearance?.(doc, c)).length : 0;
  return { nodes, gaps: [...gaps, ...authorGaps], withoutFirst };
}

/** The gaps said once for the whole export, after every document's own. */
export function closingClaimReviewGaps(count: number, withoutFirst: number, context: ExportContext): string[] {
  if (!count) return [`Empty export: no documents${context.scope ? ` for ${context.scope}` : ''}.`];
  if (!context.firstAppearance) return ['firstAppearance is left out: it needs the corpus (export stored documents with --db).'];
  return withoutFirst ? [`firstAppearance is left out for ${withoutFirst} claim${withoutFirst > 1 ? 's' : ''} the store has no cluster for.`] : [];
}
