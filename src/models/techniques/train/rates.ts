// Word rates: the share of a word's occurrences that lie inside a gold span, smoothed towards the corpus rate.
// For training the tagger they are cross-fitted (each article sees rates from the other folds only), or the
// model would trust rates that saw its own labels.
import type { Prepared } from './corpus.js';

const SMOOTH = 2;
const MIN_COUNT = 3;

export function computeRates(corpus: readonly Prepared[]): Map<string, number> {
  const count = new Map<string, number>();
  const inside = new Map<string, number>();
  let all = 0;
  let allInside = 0;
  for (const p of corpus) {
    p.d.toks.forEach((t, i) => {
      if (t.shape === 'p') return;
      count.set(t.lower, (count.get(t.lower) ?? 0) + 1);
      if (p.inside[i]) inside.set(t.lower, (inside.get(t.lower) ?? 0) + 1);
      all++;
      allInside += p.inside[i];
    });
  }
  const prior = all ? allInside / all : 0;
  const out = new Map<string, number>();
  for (const [w, n] of count) if (n >= MIN_COUNT) out.set(w, Math.round((((inside.get(w) ?? 0) + prior * SMOOTH) / (n + SMOOTH)) * 100) / 100);
  return out;
}

/** Rates for each article computed without its fold (folds by position: deterministic). */
export function crossFittedRates(corpus: readonly Prepared[], folds: number): Array<Map<string, number>> {
  const perFold = Array.from({ length: folds }, (_, k) => computeRates(corpus.filter((_, i) => i % folds !== k)));
  return corpus.map((_, i) => perFold[i % folds]);
}
