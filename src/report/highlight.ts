import type { Doc, Span } from '../core/types.js';
import { familyOf, techniquesView } from './persuasion.js';

/** One span to highlight: CSS classes and a tooltip. */
export interface Mark extends Span {
  classes: string[];
  title: string;
}

export interface Piece {
  text: string;
  marks: Mark[];
}

/** Cuts the text at every mark edge so overlapping and nested marks become flat pieces, each with the marks covering it. */
export function flatten(text: string, marks: Mark[]): Piece[] {
  const edges = new Set<number>([0, text.length]);
  for (const m of marks) {
    edges.add(Math.max(0, Math.min(text.length, m.start)));
    edges.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...edges].sort((a, b) => a - b);
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    pieces.push({ text: text.slice(from, to), marks: sorted.filter((m) => m.start <= from && m.end >= to) });
  }
  return pieces;
}

/** The marks of the spine's layers: quotes and their speakers and cues, claims by voice, entity mentions. */
export function spineMarks(doc: Doc): Mark[] {
  const marks: Mark[] = [];
  const entities = doc.layers.entities ?? [];
  const name = new Map(entities.map((e) => [e.id, e.canonical]));
  for (const e of entities) {
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, classes: ['entity', `entity-${e.type}`], title: `${e.canonical} (${e.type}, ${m.kind})` });
  }
  for (const q of doc.layers.quotes ?? []) {
    const who = q.speaker ? (q.speaker.entityId ? name.get(q.speaker.entityId) : null) ?? q.speaker.name : 'no speaker found';
    marks.push({ ...q.content, classes: ['quote', `quote-${q.kind}`], title: `${q.kind} quote (${q.id}) — ${who}` });
    if (q.cue) marks.push({ ...q.cue, classes: ['cue'], title: `speech cue of ${q.id}` });
    if (q.speaker?.span) marks.push({ ...q.speaker.span, classes: ['speaker'], title: `speaker of ${q.id}: ${who}` });
    if (q.venue) marks.push({ ...q.venue, classes: ['venue'], title: `where ${q.id} was said` });
  }
  for (const c of doc.layers.claims ?? []) {
    marks.push({ start: c.start, end: c.end, classes: ['claim', `claim-${c.voice}`], title: `${c.voice === 'author' ? "claim in the outlet's own voice" : `claim attributed (${c.quoteId})`}, check-worthiness ${c.checkworthiness.toFixed(2)}` });
  }
  return marks;
}

/** The technique spans a report shows (score ≥ the display threshold), classed by family. */
export function techniqueMarks(doc: Doc): Mark[] {
  return techniquesView(doc).shown.map((t) => ({
    start: t.start,
    end: t.end,
    classes: ['tech', `tech-${familyOf(t.technique)}`],
    title: `${t.technique} ${t.score.toFixed(2)} — ${t.explanation}`,
  }));
}
