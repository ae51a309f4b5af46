// Ranking and classification metrics for check-worthiness (CLEF CheckThat! uses AP per debate, MAP over debates).

export interface Scored {
  score: number;
  label: 0 | 1;
}

/** Average precision of a ranking by descending score (ties keep input order, as a stable sort does). */
export function averagePrecision(items: Scored[]): number {
  const ranked = [...items].sort((a, b) => b.score - a.score);
  const positives = ranked.reduce((n, x) => n + x.label, 0);
  if (!positives) return 0;
  let hits = 0;
  let sum = 0;
  ranked.forEach((x, i) => {
    if (x.label) sum += ++hits / (i + 1);
  });
  return sum / positives;
}

export function meanAveragePrecision(groups: Scored[][]): number {
  const aps = groups.filter((g) => g.some((x) => x.label)).map(averagePrecision);
  return aps.length ? aps.reduce((a, b) => a + b, 0) / aps.length : 0;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(items: Scored[], threshold: number): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const x of items) {
    const predicted = x.score >= threshold;
    if (predicted && x.label) tp++;
    else if (predicted) fp++;
    else if (x.label) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
