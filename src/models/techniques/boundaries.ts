// Where spans begin and end. The tagger says which tokens are inside a span, not where one starts: Viterbi
// (viterbi.ts) opened a span wherever the inside run was strong enough, so spans often began a word early or late
// ("the corrupt elite" against the gold "corrupt elite"). Learned boundary rates say how much likelier than
// an average word a word is to be the first (or the last) word of a gold span: log(P(first | word) / P(first)),
// smoothed towards the corpus rate, clipped to ±3. Viterbi adds them, weighted, to the score of opening (closing)
// a span at that word (issue 13: +0.004–0.005 out-of-fold SI F1 on the 301 training articles, mostly precision).
import type { DocTokens } from './tokens.js';

/** Per lower-cased word: its log ratio as a span's first word (`begin`) and last word (`end`); absent words count 0. */
export interface BoundaryRates {
  begin: Record<string, number>;
  end: Record<string, number>;
}

export interface BoundaryScores {
  begin: Float64Array;
  end: Float64Array;
}

/** Each token's boundary rates (0 for punctuation and for words without a rate). */
export function boundaryScores(d: DocTokens, rates: { begin: ReadonlyMap<string, number>; end: ReadonlyMap<string, number> }): BoundaryScores {
  const begin = new Float64Array(d.toks.length);
  const end = new Float64Array(d.toks.length);
  for (let i = 0; i < d.toks.length; i++) {
    const t = d.toks[i];
    if (t.shape === 'p') continue;
    begin[i] = rates.begin.get(t.lower) ?? 0;
    end[i] = rates.end.get(t.lower) ?? 0;
  }
  return { begin, end };
}
