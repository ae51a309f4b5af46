// The highlights of the article view, one list per layer (the viewer shows one layer at a time). Each mark has a
// stable id, a kind (its legend class: "quote-direct", "tech-loaded-language", "narr-us-created-isis"…), a readable
// label, a colour index into the palette of app.css (.hc-0 … .hc-15) and the lines its details box shows. Pure: no
// DOM, so it is unit-tested in node and shared by the panel and the text view.
import type { Doc, Span } from '../core/types.js';
import { framingView, techniquesView } from '../report/persuasion.js';
import { oneLine } from '../report/views.js';

export const LAYERS = [
  { key: 'quotes', label: 'Speakers and quotes' },
  { key: 'claims', label: 'Claims by voice' },
  { key: 'entities', label: 'Entities' },
  { key: 'techniques', label: 'Techniques' },
  { key: 'framing', label: 'Framing' },
  { key: 'narratives', label: 'Narratives' },
] as const;

export type LayerKey = (typeof LAYERS)[number]['key'];

/** Colours in the palette (app.css, "highlighter" block). */
export const PALETTE_SIZE = 16;

export interface HlMark extends Span {
  /** Unique in the document: layer and position in text order ("quotes-3"). */
  id: string;
  layer: LayerKey;
  /** The legend class, CSS-safe. */
  kind: string;
  /** The class name as a reader says it ("Loaded language", "speaker"). */
  label: string;
  /** Layer-wide CSS class kept for the styles and tests that select by it (quote, cue, speaker, venue, claim, entity, tech, role, narr). */
  base: string;
  colour: number;
  /** What this mark was made from ("q1", "q1#speaker", "e2#0", "t5"): the side panel finds its entry's mark by it. */
  ref: string;
  /** The details box: the first line is the heading. */
  lines: string[];
}

export type LayerMarks = Record<LayerKey, HlMark[]>;

// The 14 SemEval-2020 Task 11 techniques in the organisers' order: each keeps its colour across articles.
const TECHNIQUE_ORDER = [
  'Appeal_to_Authority', 'Appeal_to_fear-prejudice', 'Bandwagon,Reductio_ad_hitlerum', 'Black-and-White_Fallacy',
  'Causal_Oversimplification', 'Doubt', 'Exaggeration,Minimisation', 'Flag-Waving', 'Loaded_Language',
  'Name_Calling,Labeling', 'Repetition', 'Slogans', 'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring',
];
const ENTITY_COLOURS: Record<string, number> = { person: 1, organization: 5, place: 4, group: 11, media: 14, other: 15 };
const ROLE_COLOURS: Record<string, number> = { antagonist: 9, protagonist: 1, innocent: 2 };
const QUOTE_COLOURS: Record<string, number> = { direct: 0, indirect: 4, mixed: 8 };

/** A CSS-safe slug of a name ("Name_Calling,Labeling" → "name-calling-labeling"). */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** "Name_Calling,Labeling" → "Name calling, labeling". */
export function techniqueLabel(technique: string): string {
  const words = technique.replace(/_/g, ' ').replace(/,\s*/g, ', ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function techniqueColour(technique: string): number {
  const i = TECHNIQUE_ORDER.indexOf(technique);
  return i < 0 ? PALETTE_SIZE - 1 : i;
}

const excerpt = (doc: Doc, s: Span, max = 600) => {
  const t = oneLine(doc.text.slice(s.start, s.end));
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

type Draft = Omit<HlMark, 'id'>;

function quoteMarks(doc: Doc): Draft[] {
  const name = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.canonical]));
  const out: Draft[] = [];
  for (const q of doc.layers.quotes ?? []) {
    const who = q.speaker ? (q.speaker.entityId ? name.get(q.speaker.entityId) : null) ?? q.speaker.name : 'no speaker found';
    const base = { layer: 'quotes' as const };
    out.push({ ...base, ...q.content, kind: `quote-${q.kind}`, label: `${q.kind} quote`, base: 'quote', colour: QUOTE_COLOURS[q.kind] ?? 0, ref: q.id, lines: [`${q.kind} quote of ${who}`, `speaker: ${who}`, `text: ${excerpt(doc, q.content)}`, ...(q.venue ? [`where: ${q.venue.text}`] : [])] });
    if (q.cue) out.push({ ...base, ...q.cue, kind: 'cue', label: 'speech cue', base: 'cue', colour: 6, ref: `${q.id}#cue`, lines: [`speech cue of ${q.id} (${who})`, `text: ${excerpt(doc, q.cue)}`] });
    if (q.speaker?.span) out.push({ ...base, ...q.speaker.span, kind: 'speaker', label: 'speaker', base: 'speaker', colour: 1, ref: `${q.id}#speaker`, lines: [`speaker of ${q.id}: ${who}`, `text: ${excerpt(doc, q.speaker.span)}`, `quote: ${excerpt(doc, q.content, 300)}`] });
    if (q.venue) out.push({ ...base, start: q.venue.start, end: q.venue.end, kind: 'venue', label: 'venue', base: 'venue', colour: 2, ref: `${q.id}#venue`, lines: [`where ${q.id} was said (${who})`, `text: ${excerpt(doc, q.venue)}`] });
  }
  return out;
}

function claimMarks(doc: Doc): Draft[] {
  const quotes = new Map((doc.layers.quotes ?? []).map((q) => [q.id, q]));
  const name = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.canonical]));
  return (doc.layers.claims ?? []).map((c) => {
    const q = c.quoteId ? quotes.get(c.quoteId) : undefined;
    const who = q?.speaker ? (q.speaker.entityId ? name.get(q.speaker.entityId) : null) ?? q.speaker.name : null;
    const voice = c.voice === 'author' ? "claim in the outlet's own voice" : `claim attributed to ${who ?? (c.postId ? `post ${c.postId}` : 'an unnamed source')}`;
    return { layer: 'claims' as const, start: c.start, end: c.end, kind: `claim-${c.voice}`, label: c.voice === 'author' ? "outlet's own voice" : 'attributed', base: 'claim', colour: c.voice === 'author' ? 9 : 2, ref: c.id, lines: [voice, `check-worthiness ${c.checkworthiness.toFixed(2)}`, `text: ${excerpt(doc, c)}`] };
  });
}

function entityMarks(doc: Doc): Draft[] {
  return (doc.layers.entities ?? []).flatMap((e) =>
    e.mentions.map((m, i) => ({
      layer: 'entities' as const,
      start: m.start,
      end: m.end,
      kind: `entity-${slug(e.type)}`,
      label: e.type,
      base: 'entity',
      colour: ENTITY_COLOURS[e.type] ?? PALETTE_SIZE - 1,
      ref: `${e.id}#${i}`,
      lines: [`${e.canonical} (${e.type}, ${m.kind})`, `text: ${excerpt(doc, m)}`, `aliases: ${e.aliases.join(', ')}`, ...(e.role ? [`role: ${e.role.text}`] : [])],
    })),
  );
}

function techniqueMarks(doc: Doc): Draft[] {
  return techniquesView(doc).shown.map((t) => ({
    layer: 'techniques' as const,
    start: t.start,
    end: t.end,
    kind: `tech-${slug(t.technique)}`,
    label: techniqueLabel(t.technique),
    base: 'tech',
    colour: techniqueColour(t.technique),
    ref: t.id,
    lines: [`${techniqueLabel(t.technique)}, score ${t.score.toFixed(2)}`, `text: ${excerpt(doc, t)}`, `why: ${t.explanation}`],
  }));
}

function framingMarks(doc: Doc): Draft[] {
  return framingView(doc).flatMap((f) =>
    f.evidence.map((span, i) => ({
      layer: 'framing' as const,
      ...span,
      kind: `role-${slug(f.role)}`,
      label: f.role,
      base: 'role',
      colour: ROLE_COLOURS[f.role] ?? PALETTE_SIZE - 1,
      ref: `${f.entityId}#${i}`,
      lines: [`${f.name} cast as ${f.role} (${f.fineRole}, ${f.score.toFixed(2)})`, `text: ${excerpt(doc, span)}`, `why: ${f.explanation}`],
    })),
  );
}

function narrativeMarks(doc: Doc): Draft[] {
  return (doc.layers.narratives ?? []).flatMap((n, k) =>
    n.evidence.map((span, i) => ({
      layer: 'narratives' as const,
      ...span,
      kind: `narr-${slug(n.id)}`,
      label: n.title,
      base: 'narr',
      colour: k % PALETTE_SIZE,
      ref: `${n.id}#${i}`,
      lines: [`narrative: ${n.title}`, `stance: ${n.stance} (${n.score.toFixed(2)})`, `text: ${excerpt(doc, span)}`],
    })),
  );
}

const BUILDERS: Record<LayerKey, (doc: Doc) => Draft[]> = {
  quotes: quoteMarks,
  claims: claimMarks,
  entities: entityMarks,
  techniques: techniqueMarks,
  framing: framingMarks,
  narratives: narrativeMarks,
};

/** Text order: earlier start first, and of two marks starting together the longer (outer) one first. */
export function textOrder(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Every layer's marks in text order, empty and out-of-text spans dropped, ids numbered per layer. */
export function layerMarks(doc: Doc): LayerMarks {
  const out = {} as LayerMarks;
  for (const { key } of LAYERS) {
    const drafts = BUILDERS[key](doc).filter((m) => m.start >= 0 && m.end <= doc.text.length && m.end > m.start);
    out[key] = drafts.sort((a, b) => textOrder(a, b) || a.ref.localeCompare(b.ref)).map((m, i) => ({ ...m, id: `${key}-${i}` }));
  }
  return out;
}
