import type { Span } from '../../src/core/types.js';
import { ROLES, type Attribution, type Role } from './brat.js';

export interface Counts {
  predicted: number;
  gold: number;
  /** Predicted spans that match a gold span (precision side). */
  predictedMatched: number;
  /** Gold spans matched by a predicted span (recall side). */
  goldMatched: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export type Mode = 'exact' | 'overlap';
export type Tally = Record<Role, Record<Mode, Counts>>;

export function emptyTally(): Tally {
  const counts = (): Counts => ({ predicted: 0, gold: 0, predictedMatched: 0, goldMatched: 0 });
  return { Source: { exact: counts(), overlap: counts() }, Cue: { exact: counts(), overlap: counts() }, Content: { exact: counts(), overlap: counts() } };
}

/**
 * Adds one article. For each role, every non-empty span (a list of fragments) on either side is an item.
 * exact: a predicted item is correct when a gold item of the same role has the same fragments (whitespace at the
 * edges ignored); overlap: when it shares at least one character with a gold item of the same role.
 * Recall counts gold items matched the same way. Precision and recall are each counted on their own side.
 */
export function tally(into: Tally, text: string, gold: Attribution[], predicted: Attribution[]): void {
  for (const role of ROLES) {
    const g = gold.map((a) => a[role]).filter((s) => s.length).map((s) => normalise(text, s));
    const p = predicted.map((a) => a[role]).filter((s) => s.length).map((s) => normalise(text, s));
    for (const mode of ['exact', 'overlap'] as const) {
      const match = mode === 'exact' ? same : overlaps;
      const c = into[role][mode];
      c.predicted += p.length;
      c.gold += g.length;
      c.predictedMatched += p.filter((x) => g.some((y) => match(x, y))).length;
      c.goldMatched += g.filter((y) => p.some((x) => match(x, y))).length;
    }
  }
}

export function prf(c: Counts): Prf {
  const precision = c.predicted ? c.predictedMatched / c.predicted : 0;
  const recall = c.gold ? c.goldMatched / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function normalise(text: string, spans: Span[]): Span[] {
  return spans
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

function same(a: Span[], b: Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);
}

function overlaps(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
}
