// MISP events (MISP core JSON format), one per article: attributes for its URL, quotes, claims, technique evidence
// and narratives; DISARM techniques as galaxy tags. Unpublished, distribution "your organisation only", analysis
// "initial": an analyst reviews before sharing. Deterministic uuids; dates from the article, else the time it was
// analysed or stored (context.recordedAt), else none at all (MISP fills in the import day), never a made-up 1970.
// Orgc/Org name claimtrail: PyMISP's MISPEvent.to_feed() refuses an event without Orgc.
import type { Doc } from '../core/types.js';
import { disarmIndex, type DisarmTechnique } from './disarm.js';
import { claimOwner, docGaps, docLabel, publishedTimestamp, publisherOf, slice, spanOwner, type Owner } from './facts.js';
import { DEFAULT_MIN_TECHNIQUE_SCORE, type ExportContext } from './types.js';
import { stableUuid } from './uuid5.js';

export interface MispAttribute {
  uuid: string;
  type: 'url' | 'text' | 'comment';
  category: 'External analysis' | 'Other';
  value: string;
  comment: string;
  to_ids: false;
  distribution: '5';
  timestamp?: string;
  Tag?: Array<{ name: string }>;
}

/** A MISP organisation as the event JSON and feeds carry it (PyMISP's MISPOrganisation: name and uuid). */
export interface MispOrg {
  name: string;
  uuid: string;
}

/** The organisation that creates (Orgc) and owns (Org) every exported event until an analyst's MISP re-owns it. */
export const CLAIMTRAIL_ORG: MispOrg = { name: 'claimtrail', uuid: stableUuid('misp-org', 'claimtrail') };

export interface MispEvent {
  uuid: string;
  info: string;
  /** YYYY-MM-DD, absent when neither the article nor the context gives a date. */
  date?: string;
  threat_level_id: '4';
  analysis: '0';
  distribution: '0';
  published: false;
  /** Unix seconds as a string, absent with `date`. */
  timestamp?: string;
  Orgc: MispOrg;
  Org: MispOrg;
  Attribute: MispAttribute[];
  Tag: Array<{ name: string }>;
}

export type MispDocument = { Event: MispEvent } | { response: Array<{ Event: MispEvent }> };

/**
 * The tag of the MISP galaxy "disarm-techniques". Its cluster values are the DISARM technique names (the id is in the
 * cluster's meta.external_id); check against your MISP's galaxy version when importing.
 */
export function disarmGalaxyTag(t: DisarmTechnique): string {
  return `misp-galaxy:disarm-techniques="${t.name.replace(/"/g, '\\"')}"`;
}

/** One document's MISP event and its gaps. Pure. */
export function mispEvent(doc: Doc, context: ExportContext): { event: MispEvent; gaps: string[] } {
  const gaps = docGaps(doc);
  const published = publishedTimestamp(doc);
  const recorded = context.recordedAt?.(doc) ?? null;
  const ts = published ?? (recorded && Number.isFinite(Date.parse(recorded)) ? new Date(Date.parse(recorded)).toISOString() : null);
  if (!published) gaps.push(ts ? `${docLabel(doc)}: no publication date; the MISP event date is the analysis date ${ts.slice(0, 10)}.` : `${docLabel(doc)}: no publication date; the MISP event has no date (MISP sets the import day).`);
  const timestamp = ts ? String(Math.floor(Date.parse(ts) / 1000)) : undefined;
  const publisher = publisherOf(doc);
  const who = (o: Owner): string => (o.kind === 'speaker' ? o.name : `the article's own voice (${publisher?.name ?? 'author unknown'})`);
  const attributes: MispAttribute[] = [];
  const eventTags = new Map<string, { name: string }>();
  const add = (key: string, type: MispAttribute['type'], value: string, comment: string, tags: string[] = []): void => {
    const a: MispAttribute = { uuid: stableUuid('misp-attribute', doc.id, key), type, category: type === 'comment' ? 'Other' : 'External analysis', value, comment, to_ids: false, distribution: '5', ...(timestamp ? { timestamp } : {}) };
    if (tags.length) a.Tag = tags.map((name) => ({ name }));
    tags.forEach((name) => eventTags.set(name, { name }));
    attributes.push(a);
  };
  const at = (s: { start: number; end: number }): string => `[${s.start}–${s.end}]`;

  if (doc.meta.url) add('url', 'url', doc.meta.url, `The analysed article${publisher ? ` (${publisher.name})` : ''}`);
  for (const q of doc.layers.quotes ?? []) {
    add(`quote:${q.content.start}`, 'text', slice(doc, q.content), `Quote (${q.kind}) by ${q.speaker?.name ?? 'an unknown speaker'} ${at(q.content)}${q.venue ? `, ${q.venue.text}` : ''}`);
  }
  for (const c of doc.layers.claims ?? []) {
    const o = claimOwner(doc, c);
    add(`claim:${c.start}:${c.end}`, 'text', slice(doc, c), `Claim ${o.kind === 'speaker' ? `attributed to ${o.name}` : `in ${who(o)}`}, check-worthiness ${c.checkworthiness} ${at(c)}`);
  }
  const index = disarmIndex();
  const minScore = context.minTechniqueScore ?? DEFAULT_MIN_TECHNIQUE_SCORE;
  const unmapped = new Set<string>();
  for (const t of doc.layers.techniques ?? []) {
    if (t.score < minScore) continue;
    const d = index.technique(t.technique);
    if (!d) unmapped.add(t.technique);
    else add(`technique:${t.start}:${t.end}:${t.technique}`, 'text', slice(doc, t), `Evidence of DISARM ${d.id} ${d.name}: PTC ${t.technique} (score ${t.score}) by ${who(spanOwner(doc, t))} ${at(t)}`, [disarmGalaxyTag(d)]);
  }
  if (unmapped.size) gaps.push(`No DISARM technique for ${[...unmapped].join(', ')} (src/export/data/disarm-mapping.yml); those spans are not tagged.`);
  for (const n of doc.layers.narratives ?? []) {
    const d = index.technique(`narrative-stance:${n.stance}`);
    const evidence = n.evidence.map((s) => `“${slice(doc, s)}” ${at(s)}`).join('; ');
    add(`narrative:${n.id}`, 'text', n.title, `Narrative ${n.id} (${n.stance}, score ${n.score})${evidence ? `: ${evidence}` : ''}${context.narrative?.(n.id)?.description ? ` — ${context.narrative(n.id)?.description}` : ''}`, d ? [disarmGalaxyTag(d)] : []);
  }
  if (gaps.length) add('gaps', 'comment', gaps.join('\n'), 'Gaps in this export');
  const title = doc.meta.title?.trim() || `Article ${doc.id} (no title)`;
  return {
    event: {
      uuid: stableUuid('misp-event', doc.id),
      info: `claimtrail: ${title}${publisher ? ` — ${publisher.name}` : ''}`,
      ...(ts ? { date: ts.slice(0, 10) } : {}),
      threat_level_id: '4',
      analysis: '0',
      distribution: '0',
      published: false,
      ...(timestamp ? { timestamp } : {}),
      Orgc: CLAIMTRAIL_ORG,
      Org: CLAIMTRAIL_ORG,
      Attribute: attributes,
      Tag: [...eventTags.values()],
    },
    gaps,
  };
}

/** One event for one document; a MISP search response ({response: [...]}) for several or none. Pure. */
export function toMispEvents(docs: readonly Doc[], context: ExportContext = {}): { document: MispDocument; gaps: string[] } {
  const built = docs.map((d) => mispEvent(d, context));
  const gaps = built.flatMap((b) => b.gaps);
  if (!docs.length) gaps.push(`Empty export: no documents${context.scope ? ` for ${context.scope}` : ''}.`);
  const document: MispDocument = built.length === 1 ? { Event: built[0].event } : { response: built.map((b) => ({ Event: b.event })) };
  return { document, gaps };
}
