// What the highlighter computes from one layer's marks, without the DOM: the legend with counts, the mark under a
// text offset (the innermost one), the next/previous mark in text order, and the text cut into segments whose marks
// nest outermost to innermost (so the DOM can nest one element per mark and a click lands on the innermost).
import type { HlMark } from './marks.js';

export interface LegendEntry {
  kind: string;
  label: string;
  colour: number;
  count: number;
}

/** One entry per kind, in order of first appearance in the text, with how many marks of it there are. */
export function legend(marks: readonly HlMark[]): LegendEntry[] {
  const byKind = new Map<string, LegendEntry>();
  for (const m of marks) {
    const entry = byKind.get(m.kind);
    if (entry) entry.count++;
    else byKind.set(m.kind, { kind: m.kind, label: m.label, colour: m.colour, count: 1 });
  }
  return [...byKind.values()];
}

/** Outer before inner: longer first; of equal spans the earlier start, then the earlier in the list (text order). */
function outerFirst(order: Map<HlMark, number>): (a: HlMark, b: HlMark) => number {
  return (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (order.get(a) ?? 0) - (order.get(b) ?? 0);
}

const positions = (marks: readonly HlMark[]) => new Map(marks.map((m, i) => [m, i]));

/** The innermost (shortest) mark covering `offset` (a character index), or null where no mark covers it. */
export function markAt(marks: readonly HlMark[], offset: number): HlMark | null {
  // The same order segments() nests by, so this is the element a click at `offset` lands on.
  const covering = marks.filter((m) => m.start <= offset && offset < m.end).sort(outerFirst(positions(marks)));
  return covering[covering.length - 1] ?? null;
}

/** The mark after (`+1`) or before (`-1`) the one with `id` in the list's order; from nothing, the first or the last. Stops at the ends. */
export function step(marks: readonly HlMark[], id: string | null, direction: 1 | -1): HlMark | null {
  if (!marks.length) return null;
  const at = id === null ? -1 : marks.findIndex((m) => m.id === id);
  if (at < 0) return direction === 1 ? marks[0] : marks[marks.length - 1];
  return marks[Math.min(marks.length - 1, Math.max(0, at + direction))];
}

export interface Segment {
  start: number;
  end: number;
  /** The marks covering the whole segment, outermost first. */
  marks: HlMark[];
}

/** The text cut at every mark edge; each piece lists the marks covering it, outermost first. Covers the whole text. */
export function segments(textLength: number, marks: readonly HlMark[]): Segment[] {
  const inText = marks.filter((m) => m.start >= 0 && m.end <= textLength && m.end > m.start);
  const edges = new Set<number>([0, textLength]);
  for (const m of inText) edges.add(m.start).add(m.end);
  const points = [...edges].sort((a, b) => a - b);
  // A sweep: marks enter the active set at their start and leave at their end, so each edge costs only its own marks.
  const byStart = [...inText].sort((a, b) => a.start - b.start);
  const order = outerFirst(positions(marks));
  let active: HlMark[] = [];
  let next = 0;
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next].start === start) active.push(byStart[next++]);
    out.push({ start, end, marks: [...active].sort(order) });
  }
  return out;
}

/** The techniques layer narrowed to one kind ("tech-doubt"), or all of it for "all". */
export function onlyKind(marks: readonly HlMark[], kind: string): HlMark[] {
  return kind === 'all' ? [...marks] : marks.filter((m) => m.kind === kind);
}
