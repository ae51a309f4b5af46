// Thresholds of the span selection (select.ts) tuned for span F1 (the SI measure) on out-of-fold predictions:
// every training article scored by models fitted without it (4 folds), so the thresholds are chosen on 301
// articles the models did not see, not on 28. Coordinate ascent over small grids, two rounds.
import { addCounts, siCounts, siScore, ZERO_COUNTS, type Interval, type SiCounts } from '../metrics.js';
import { selectSpans, type SelectParams } from '../select.js';
import type { DocTokens } from '../tokens.js';

export interface OutOfFold {
  d: DocTokens;
  tokenProbs: Float64Array;
  sentenceProbs: Array<Float64Array | null>;
  /** Spans the rules add whatever the model says (they count in SI too); the question rule, which follows the model's own spans, adds none here. */
  ruleSpans: Interval[];
  gold: Interval[];
  /** The technique the fold's span classifier gives tokens [a, b) (decides the widening of runs); memoize it. */
  techniqueOf?: (a: number, b: number) => string;
}

const GRID = {
  token: [0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.35],
  enter: [0.5, 1, 1.5, 2, 2.5, 3, 4],
  minWords: [1, 2],
  gate: [0, 0.2, 0.3, 0.4, 0.5],
  sentence: [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2],
  sentenceToken: [0, 0.2, 0.3, 0.4, 0.5, 0.6],
  perTechnique: [0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 2],
  exclaim: [0, 0.1, 0.15, 0.2, 0.25, 0.3, 2],
  question: [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 2],
  widen: ['clause', 'sentence', 'none'] as const,
};

export function siOf(data: readonly OutOfFold[], classes: readonly string[], p: SelectParams): { f1: number; precision: number; recall: number } {
  let counts: SiCounts = ZERO_COUNTS;
  for (const o of data) {
    const spans: Interval[] = selectSpans(o.d, o.tokenProbs, o.sentenceProbs, classes, p, o.techniqueOf).map((c) => ({ start: o.d.toks[c.a].start, end: o.d.toks[c.b - 1].end }));
    counts = addCounts(counts, siCounts([...spans, ...o.ruleSpans], o.gold));
  }
  return siScore(counts);
}

/**
 * `techniques`: those whose sentence-classifier probability may mark a sentence on its own; `widened`: those whose
 * runs may be widened to their clause or sentence.
 */
export function tuneSelection(data: readonly OutOfFold[], classes: readonly string[], techniques: readonly string[], widened: readonly string[], log: (line: string) => void): SelectParams {
  let best: SelectParams = { token: 0.15, enter: 2, minWords: 1, gate: 0, sentence: 2, sentenceToken: 0, perTechnique: {} };
  let bestF1 = siOf(data, classes, best).f1;
  const tryParams = (p: SelectParams): void => {
    const f1 = siOf(data, classes, p).f1;
    if (f1 > bestF1 + 1e-4) [best, bestF1] = [p, f1];
  };
  for (let round = 0; round < 2; round++) {
    for (const token of GRID.token) for (const enter of GRID.enter) for (const minWords of GRID.minWords) tryParams({ ...best, token, enter, minWords });
    for (const gate of GRID.gate) tryParams({ ...best, gate });
    for (const sentence of GRID.sentence) for (const sentenceToken of GRID.sentenceToken) tryParams({ ...best, sentence, sentenceToken });
    for (const technique of techniques) {
      for (const t of GRID.perTechnique) {
        const perTechnique = { ...best.perTechnique, [technique]: t };
        if (t > 1) delete perTechnique[technique];
        tryParams({ ...best, perTechnique });
      }
    }
    for (const exclaim of GRID.exclaim) tryParams({ ...best, exclaim });
    for (const question of GRID.question) tryParams({ ...best, question });
    for (const technique of widened) {
      for (const how of GRID.widen) {
        const widen = { ...best.widen };
        if (how === 'none') delete widen[technique];
        else widen[technique] = how;
        tryParams({ ...best, widen });
      }
    }
    const s = siOf(data, classes, best);
    log(`selection round ${round + 1}: ${JSON.stringify(best)}; out-of-fold SI P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`);
  }
  return best;
}
