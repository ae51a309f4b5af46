// Flat tables for pandas or R: one row per annotation (documents, quotes, claims, technique spans, narrative evidence)
// with the document id, offsets into the document text and the text itself. Every span the analysis found is kept,
// whatever its score; the score column lets the reader filter.
import type { Doc } from '../core/types.js';
import { disarmIndex } from './disarm.js';
import { claimOwner, publisherOf, quoteOwner, slice, spanOwner, type Owner } from './facts.js';

export const TABLE_KINDS = ['document', 'quote', 'claim', 'technique', 'narrative'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface TableRow {
  doc_id: string;
  kind: TableKind;
  /** The annotation id within the document (q1, c3, t7, a narrative id), the document id for document rows. */
  id: string;
  /** UTF-16 offsets into the document text, end exclusive; null for a narrative without an evidence span. */
  start: number | null;
  end: number | null;
  text: string;
  /** Quote kind, claim voice, technique name, narrative title, site name for documents. */
  label: string | null;
  /** Who voices it: the speaker, or the publisher for the article's own voice (the byline on document rows). */
  actor: string | null;
  /** The speaker's gazetteer id (or document entity id when not in the gazetteer). */
  actor_id: string | null;
  /** Check-worthiness of claims, confidence of techniques and narratives. */
  score: number | null;
  /** The DISARM technique a technique span maps to, when the reviewed mapping has one. */
  disarm: string | null;
  /** Venue of quotes, quote id (or post id) of claims, stance of narratives, language of documents. */
  detail: string | null;
  url: string | null;
  published: string | null;
}

export function tableRows(docs: readonly Doc[], kinds: readonly TableKind[] = TABLE_KINDS): TableRow[] {
  const want = new Set(kinds);
  const rows: TableRow[] = [];
  for (const doc of docs) {
    const publisher = publisherOf(doc)?.name ?? null;
    const base = { doc_id: doc.id, url: doc.meta.url, published: doc.meta.published };
    const actor = (o: Owner): Pick<TableRow, 'actor' | 'actor_id'> =>
      o.kind === 'speaker' ? { actor: o.name, actor_id: o.entity ? (o.entity.gazetteerId ?? o.entity.id) : null } : { actor: publisher, actor_id: null };
    const span = (s: { start: number; end: number }): Pick<TableRow, 'start' | 'end' | 'text'> => ({ start: s.start, end: s.end, text: slice(doc, s) });
    if (want.has('document')) {
      rows.push({ ...base, kind: 'document', id: doc.id, start: 0, end: doc.text.length, text: doc.meta.title ?? '', label: doc.meta.siteName, actor: doc.meta.byline, actor_id: null, score: null, disarm: null, detail: doc.meta.language });
    }
    if (want.has('quote')) {
      for (const q of doc.layers.quotes ?? []) rows.push({ ...base, kind: 'quote', id: q.id, ...span(q.content), label: q.kind, ...actor(quoteOwner(doc, q)), score: null, disarm: null, detail: q.venue?.text ?? null });
    }
    if (want.has('claim')) {
      for (const c of doc.layers.claims ?? []) rows.push({ ...base, kind: 'claim', id: c.id, ...span(c), label: c.voice, ...actor(claimOwner(doc, c)), score: c.checkworthiness, disarm: null, detail: c.quoteId ?? c.postId ?? null });
    }
    if (want.has('technique')) {
      const index = disarmIndex();
      for (const t of doc.layers.techniques ?? []) rows.push({ ...base, kind: 'technique', id: t.id, ...span(t), label: t.technique, ...actor(spanOwner(doc, t)), score: t.score, disarm: index.technique(t.technique)?.id ?? null, detail: t.explanation });
    }
    if (want.has('narrative')) {
      for (const n of doc.layers.narratives ?? []) {
        const common = { ...base, kind: 'narrative' as const, id: n.id, label: n.title, score: n.score, disarm: stanceTechnique(n.stance), detail: n.stance };
        if (!n.evidence.length) rows.push({ ...common, start: null, end: null, text: '', actor: null, actor_id: null });
        for (const s of n.evidence) rows.push({ ...common, ...span(s), ...actor(spanOwner(doc, s)) });
      }
    }
  }
  return rows;
}

function stanceTechnique(stance: string): string | null {
  return disarmIndex().technique(`narrative-stance:${stance}`)?.id ?? null;
}
