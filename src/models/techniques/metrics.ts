// The official SemEval-2020 Task 11 measures. SI: overlapping spans are merged per article (gold and predicted,
// as the organisers' scorer does), then each predicted span s earns Σ_t |s∩t|/|s| over the gold spans t, each gold
// span Σ_s |s∩t|/|t|; precision and recall divide those sums by the number of predicted and of gold spans.
// TC: one label per gold span line; micro-F1 over the lines, which equals accuracy.

export interface Interval {
  start: number;
  end: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Union of overlapping intervals (touching ones stay apart, as character sets that do not intersect). */
export function mergeSpans(spans: readonly Interval[]): Interval[] {
  const sorted = spans.filter((s) => s.end > s.start).map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** Sums of partial-overlap credit for one article; add them up over articles and call siScore. */
export interface SiCounts {
  precisionSum: number;
  recallSum: number;
  predicted: number;
  gold: number;
}

export function siCounts(predicted: readonly Interval[], gold: readonly Interval[]): SiCounts {
  const p = mergeSpans(predicted);
  const g = mergeSpans(gold);
  let precisionSum = 0;
  let recallSum = 0;
  let j0 = 0;
  for (const s of p) {
    while (j0 < g.length && g[j0].end <= s.start) j0++;
    for (let j = j0; j < g.length && g[j].start < s.end; j++) {
      const overlap = Math.min(s.end, g[j].end) - Math.max(s.start, g[j].start);
      if (overlap <= 0) continue;
      precisionSum += overlap / (s.end - s.start);
      recallSum += overlap / (g[j].end - g[j].start);
    }
  }
  return { precisionSum, recallSum, predicted: p.length, gold: g.length };
}

export function addCounts(a: SiCounts, b: SiCounts): SiCounts {
  return { precisionSum: a.precisionSum + b.precisionSum, recallSum: a.recallSum + b.recallSum, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export const ZERO_COUNTS: SiCounts = { precisionSum: 0, recallSum: 0, predicted: 0, gold: 0 };

export function siScore(c: SiCounts): Prf {
  const precision = c.predicted ? c.precisionSum / c.predicted : 0;
  const recall = c.gold ? c.recallSum / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * TC credit for the labels of one span: gold and predicted are multisets of technique names for the same
 * (article, start, end); the number correct is the size of their intersection.
 */
export function tcCorrect(gold: readonly string[], predicted: readonly string[]): number {
  const left = [...predicted];
  let correct = 0;
  for (const g of gold) {
    const k = left.indexOf(g);
    if (k >= 0) {
      correct++;
      left.splice(k, 1);
    }
  }
  return correct;
}
