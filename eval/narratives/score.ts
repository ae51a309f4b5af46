// Article-level scores of the narratives eval: micro-F1 of (narrative, stance) pairs and of narratives alone,
// a confusion of stances (with "none" for a narrative missed or found where it is absent) and debunks read as "asserts".
import type { NarrativeStance } from '../../src/core/types.js';
import type { Label } from './set.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scored {
  pairs: Counts;
  narratives: Counts;
  /** gold stance (or "none") → predicted stance (or "none") → count, over narratives gold or predicted. */
  confusion: Record<string, Record<string, number>>;
  /** Narratives both labelled and found, and how many of them with the labelled stance. */
  found: number;
  stanceRight: number;
  /** Articles with a gold "refutes" label in which a narrative was read as "asserts". */
  debunksAsserted: number;
  debunks: number;
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export function emptyScored(): Scored {
  return { pairs: { ...ZERO }, narratives: { ...ZERO }, found: 0, stanceRight: 0, confusion: {}, debunksAsserted: 0, debunks: 0 };
}

/** Adds one article: its gold labels and the predicted article stance per narrative. */
export function addArticle(s: Scored, gold: readonly Label[], predicted: ReadonlyMap<string, NarrativeStance>): void {
  const goldMap = new Map(gold.map((l) => [l.narrative, l.stance]));
  for (const id of new Set([...goldMap.keys(), ...predicted.keys()])) {
    const g = goldMap.get(id);
    const p = predicted.get(id);
    if (g && p) {
      s.narratives.tp++;
      s.found++;
      if (g === p) s.stanceRight++;
    }
    else if (p) s.narratives.fp++;
    else s.narratives.fn++;
    if (g && p === g) s.pairs.tp++;
    else {
      if (p) s.pairs.fp++;
      if (g) s.pairs.fn++;
    }
    const row = (s.confusion[g ?? 'none'] ??= {});
    row[p ?? 'none'] = (row[p ?? 'none'] ?? 0) + 1;
  }
  if (gold.some((l) => l.stance === 'refutes')) {
    s.debunks++;
    if ([...predicted.values()].includes('asserts')) s.debunksAsserted++;
  }
}

export function merge(a: Scored, b: Scored): Scored {
  const out = emptyScored();
  for (const s of [a, b]) {
    for (const k of ['tp', 'fp', 'fn'] as const) {
      out.pairs[k] += s.pairs[k];
      out.narratives[k] += s.narratives[k];
    }
    for (const [g, row] of Object.entries(s.confusion)) for (const [p, n] of Object.entries(row)) (out.confusion[g] ??= {})[p] = (out.confusion[g][p] ?? 0) + n;
    out.found += s.found;
    out.stanceRight += s.stanceRight;
    out.debunks += s.debunks;
    out.debunksAsserted += s.debunksAsserted;
  }
  return out;
}

/** F1 of counts; 1 where there was nothing to find and nothing was found. */
export function f1(c: Counts): number {
  if (c.tp + c.fp + c.fn === 0) return 1;
  return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}
