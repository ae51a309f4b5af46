// STIX 2.1 bundle of analysed articles: a report per article, identities for its publisher and quoted speakers,
// DISARM attack-patterns through the reviewed mapping, narratives as custom objects, claims as notes, and
// relationships that carry their evidence spans. No opinion objects: claimtrail does not judge.
import type { Doc } from '../../core/types.js';
import { disarmIndex } from '../disarm.js';
import { claimOwner, docGaps, docLabel, identityClass, publishedTimestamp, publisherOf, quoteOwner, slice, type Owner } from '../facts.js';
import { DEFAULT_MIN_TECHNIQUE_SCORE, type ExportContext } from '../types.js';
import { groupByOwner, quoteList } from './evidence.js';
import { rfc5646 } from './language.js';
import { attackPattern, bundleOf, claimtrailProperties, CLAIMTRAIL_IDENTITY, EXTENSION_DEFINITION, FIXED_EPOCH, identity, narrative, note, relationship, stixId, type StixObject } from './objects.js';

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

export interface StixResult {
  bundle: StixBundle;
  gaps: string[];
}

/** The objects every bundle opens with: claimtrail's identity and its extension definition. */
export const OPENING_OBJECTS: readonly StixObject[] = [CLAIMTRAIL_IDENTITY, EXTENSION_DEFINITION];

class Objects {
  readonly byId: Map<string, StixObject>;
  /** `known`: objects already written by an earlier part of a streamed bundle; added again, they are skipped. */
  constructor(private readonly known?: ReadonlyMap<string, StixObject>) {
    this.byId = new Map(known ? [] : OPENING_OBJECTS.map((o) => [o.id, o]));
  }
  add(o: StixObject): string {
    if (!this.byId.has(o.id) && !this.known?.has(o.id)) this.byId.set(o.id, o);
    return o.id;
  }
}

/**
 * One document's objects for a bundle written in parts (`export --all`): those not in `known` (the opening objects
 * and the shared ones written before: identities, attack patterns, narratives), in the order toStixBundle gives them.
 */
export function documentObjects(doc: Doc, context: ExportContext, known: ReadonlyMap<string, StixObject>): { objects: StixObject[]; gaps: string[] } {
  const objects = new Objects(known);
  const gaps = addDocument(objects, doc, context);
  return { objects: [...objects.byId.values()], gaps };
}

/** Builds one bundle for the documents (one article, a narrative's articles, a search result). Pure: no clock, no I/O. */
export function toStixBundle(docs: readonly Doc[], context: ExportContext = {}): StixResult {
  const objects = new Objects();
  const gaps: string[] = [];
  const seen = new Set<string>();
  for (const doc of docs) gaps.push(...(repeated(seen, doc) ?? addDocument(objects, doc, context)));
  if (!docs.length) {
    const empty = emptyExport(context.scope);
    gaps.push(empty.reason);
    objects.add(empty.note);
  }
  return { bundle: bundleOf([...objects.byId.values()]), gaps };
}

/** The note an export of no documents carries, and its gap: a bundle never comes back silently empty. */
export function emptyExport(scope: string | undefined): { note: StixObject; reason: string } {
  const reason = `Empty export: no documents${scope ? ` for ${scope}` : ''}.`;
  return { note: note(['empty', scope ?? ''], FIXED_EPOCH, 'Nothing to export', reason, [CLAIMTRAIL_IDENTITY.id]), reason };
}

/**
 * A document whose id an earlier one of the export has (a store keeps two rows with the same analysis id when their
 * sources differ): its objects would share ids with the first one's, so it is written once, and a gap says so.
 */
export function repeated(seen: Set<string>, doc: Doc): string[] | null {
  if (!seen.has(doc.id)) {
    seen.add(doc.id);
    return null;
  }
  return [`${docLabel(doc)}: the same document id (${doc.id}) as an earlier document of this export; its STIX objects are written once.`];
}

function timestampOf(value: string | null): string | null {
  const t = value ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

function addDocument(objects: Objects, doc: Doc, context: ExportContext): string[] {
  const published = publishedTimestamp(doc);
  // An undated article's objects carry the time claimtrail analysed (or stored) it: a real time, not a fake date.
  const recorded = timestampOf(context.recordedAt?.(doc) ?? null);
  const time = published ?? recorded ?? FIXED_EPOCH;
  const gaps = docGaps(doc);
  if (!published) gaps.push(recorded ? `${docLabel(doc)}: no publication date; STIX created, modified and the report's published are the analysis time ${recorded}.` : `${docLabel(doc)}: no publication date and no analysis time given; STIX timestamps use the fixed epoch ${FIXED_EPOCH}.`);
  const lang = rfc5646(doc.meta.language);
  if (doc.meta.language && !lang) gaps.push(`${docLabel(doc)}: language "${doc.meta.language}" is not an ISO 639 code; no lang on the report.`);
  const refs = new Set<string>();
  const add = (o: StixObject): string => {
    refs.add(o.id);
    return objects.add(o);
  };
  const reportId = stixId('report', doc.id);
  objects.byId.set(reportId, { type: 'report', id: reportId }); // keeps the report first; filled in at the end

  const publisher = publisherOf(doc);
  const publisherId = publisher
    ? add(identity(`publisher:${publisher.from === 'byline' ? 'byline' : 'outlet'}:${publisher.name.toLowerCase()}`, publisher.name,
        publisher.type === 'organization' ? 'organization' : publisher.type === 'person' ? 'individual' : 'group',
        publisher.from === 'byline' ? { description: 'The article byline; the outlet is not named in the document.' } : { sectors: ['communications'] }))
    : null;
  const ownerId = (owner: Owner): string | null => {
    if (owner.kind === 'publisher') return publisherId;
    const e = owner.entity;
    if (!e) return null;
    return add(identity(e.gazetteerId ? `gazetteer:${e.gazetteerId}` : `name:${e.type}:${e.canonical.toLowerCase()}`, e.canonical, identityClass(e.type), {
    ...claimtrailProperties({ entity_type: e.type, gazetteer_id: e.gazetteerId }),
    }));
  };
  const ownerName = (owner: Owner): string => (owner.kind === 'speaker' ? owner.name : (publisher?.name ?? 'the article (author unknown)'));
  for (const q of doc.layers.quotes ?? []) ownerId(quoteOwner(doc, q));

  const index = disarmIndex();
  const unmapped = new Map<string, number>();
  const minScore = context.minTechniqueScore ?? DEFAULT_MIN_TECHNIQUE_SCORE;
  const all = doc.layers.techniques ?? [];
  const kept = all.filter((t) => t.score >= minScore);
  if (kept.length < all.length) gaps.push(`${all.length - kept.length} of ${all.length} technique spans scored below ${minScore}; left out.`);
  const techniqueItems = kept.flatMap((t) => {
    const d = index.technique(t.technique);
    if (!d) unmapped.set(t.technique, (unmapped.get(t.technique) ?? 0) + 1);
    return d ? [{ span: t, key: d, keyId: d.id, label: t.technique, score: t.score }] : [];
  });
  for (const [name, n] of unmapped) {
    gaps.push(`${name}: ${n} span${n > 1 ? 's' : ''} with ${index.entry(name) ? 'no honest DISARM technique' : 'no entry in the DISARM mapping'} (src/export/data/disarm-mapping.yml); not in STIX.`);
  }
  for (const g of groupByOwner(doc, techniqueItems)) {
    const target = add(attackPattern(g.key));
    const fit = index.entry(g.evidence[0].label)?.fit ?? 'broad';
    const labels = [...new Set(g.evidence.map((e) => e.label))].join(', ');
    add(relationship(doc.id, ownerId(g.owner) ?? reportId, target, time,
      `${ownerName(g.owner)}: ${g.evidence.length} span(s) marked ${labels} (PTC), evidence of DISARM ${g.key.id} ${g.key.name} (${fit} fit): ${quoteList(g.evidence)}`,
      claimtrailProperties({ evidence: g.evidence, document_id: doc.id })));
  }

  for (const m of doc.layers.narratives ?? []) {
    const info = context.narrative?.(m.id) ?? null;
    const target = add(narrative(m.id, m.title, info?.description ?? null, info?.aliases ?? []));
    const groups = groupByOwner(doc, m.evidence.map((s) => ({ span: s, key: m, keyId: m.id, label: m.title, score: m.score })));
    const stanceTechnique = index.technique(`narrative-stance:${m.stance}`);
    for (const g of groups.length ? groups : [{ owner: { kind: 'publisher' } as Owner, key: m, evidence: [] }]) {
      const source = ownerId(g.owner) ?? reportId;
      const extra = claimtrailProperties({ stance: m.stance, score: m.score, evidence: g.evidence, document_id: doc.id });
      add(relationship(doc.id, source, target, time, `${ownerName(g.owner)} ${m.stance} the narrative “${m.title}”: ${quoteList(g.evidence) || 'no evidence span'}`, extra));
      if (stanceTechnique) {
        add(relationship(doc.id, source, add(attackPattern(stanceTechnique)), time,
          `${ownerName(g.owner)} carries the catalogued narrative “${m.title}”, evidence of DISARM ${stanceTechnique.id} ${stanceTechnique.name}: ${quoteList(g.evidence) || 'no evidence span'}`, extra));
      }
    }
  }

  for (const c of doc.layers.claims ?? []) {
    const owner = claimOwner(doc, c);
    const speaker = ownerId(owner);
    const by = owner.kind === 'speaker' ? `attributed to ${owner.name}` : `in the article's own voice (${ownerName(owner)})`;
    add(note([doc.id, 'claim', String(c.start), String(c.end)], time, `Claim ${by}`, slice(doc, c), [reportId, ...(speaker ? [speaker] : [])],
      claimtrailProperties({ voice: c.voice, span: { start: c.start, end: c.end }, checkworthiness: c.checkworthiness, document_id: doc.id })));
  }

  if (gaps.length) add(note([doc.id, 'gaps'], time, 'Gaps in this export', gaps.join('\n'), [reportId]));
  if (!refs.size) refs.add(CLAIMTRAIL_IDENTITY.id);
  const title = doc.meta.title?.trim() || `Article ${doc.id} (no title)`;
  objects.byId.set(reportId, {
    type: 'report', spec_version: '2.1', id: reportId, created_by_ref: CLAIMTRAIL_IDENTITY.id, created: time, modified: time,
    name: title,
    description: [`claimtrail analysis of “${title}”${publisher ? ` by ${publisher.name}` : ''}: ${doc.layers.quotes?.length ?? 0} quotes, ${doc.layers.claims?.length ?? 0} claims, ${doc.layers.techniques?.length ?? 0} technique spans, ${doc.layers.narratives?.length ?? 0} narratives.`, ...gaps.map((g) => `Gap: ${g}`)].join('\n'),
    report_types: ['news-article-analysis'],
    published: time,
    object_refs: [...refs],
    ...(doc.meta.url ? { external_references: [{ source_name: publisher?.name ?? 'article', url: doc.meta.url }] } : {}),
    ...(lang ? { lang } : {}),
    ...claimtrailProperties({ document_id: doc.id, gaps }),
  });
  return gaps;
}
