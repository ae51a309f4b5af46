// Token probabilities → spans by Viterbi over two states (outside / inside) per sentence: each inside token earns
// logit(p) − logit(threshold), and entering a span costs `enter`. The best path keeps a strong run whole across a
// weaker token and drops lone weak tokens, instead of cutting spans into fragments at a fixed threshold
// (+0.01 out-of-fold SI F1 over decode.ts's smoothed threshold runs). Punctuation is trimmed from both ends.
import type { BoundaryScores } from './boundaries.js';
import type { DocTokens } from './tokens.js';

export interface ViterbiParams {
  /** Token probability at which being inside is neutral. */
  threshold: number;
  /** Cost of opening a span (in logits): higher gives fewer, longer spans. */
  enter: number;
  /** Spans with fewer words are dropped. */
  minWords: number;
  /** Weight of the boundary rates (boundaries.ts) added to the score of opening a span at a word / closing one after it (absent: 0). */
  begin?: number;
  end?: number;
}

export interface DecodedSpan {
  /** Tokens [a, b). */
  a: number;
  b: number;
  /** Mean probability over the span's word tokens. */
  mean: number;
}

const logit = (p: number): number => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/**
 * The best in/out labelling of tokens [from, to) for the emission scores e (e[i] for token from + i). `open[i]` is
 * added when a span opens at i, `close[i]` when one ends at i (boundary rates; absent: 0).
 */
export function bestPath(e: ArrayLike<number>, enter: number, open?: ArrayLike<number>, close?: ArrayLike<number>): Uint8Array {
  const n = e.length;
  const states = new Uint8Array(n);
  if (!n) return states;
  // back0/back1: the state at i − 1 on the best path that is outside/inside at i.
  const back0 = new Uint8Array(n);
  const back1 = new Uint8Array(n);
  let out = 0;
  let inside = e[0] - enter + (open ? open[0] : 0);
  for (let i = 1; i < n; i++) {
    const closed = inside + (close ? close[i - 1] : 0);
    const nextOut = Math.max(out, closed);
    back0[i] = closed > out ? 1 : 0;
    const stay = inside;
    const opened = out - enter + (open ? open[i] : 0);
    back1[i] = stay >= opened ? 1 : 0;
    inside = Math.max(stay, opened) + e[i];
    out = nextOut;
  }
  let s = inside + (close ? close[n - 1] : 0) > out ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) {
    states[i] = s;
    s = s ? back1[i] : back0[i];
  }
  return states;
}

/** `boundaries`: per-token boundary rates (boundaries.ts), used with the weights p.begin and p.end. */
export function viterbiSpans(d: DocTokens, probs: ArrayLike<number>, p: ViterbiParams, boundaries?: BoundaryScores): DecodedSpan[] {
  const spans: DecodedSpan[] = [];
  const neutral = logit(p.threshold);
  const wb = boundaries ? p.begin ?? 0 : 0;
  const we = boundaries ? p.end ?? 0 : 0;
  for (const s of d.sentences) {
    const n = s.to - s.from;
    const e = new Float64Array(n);
    for (let i = 0; i < n; i++) e[i] = logit(probs[s.from + i]) - neutral;
    let open: Float64Array | undefined;
    let close: Float64Array | undefined;
    if (boundaries && wb) open = boundaries.begin.subarray(s.from, s.to).map((x) => wb * x);
    if (boundaries && we) close = boundaries.end.subarray(s.from, s.to).map((x) => we * x);
    const states = bestPath(e, p.enter, open, close);
    let i = 0;
    while (i < n) {
      if (!states[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < n && states[j]) j++;
      let a = s.from + i;
      let b = s.from + j;
      while (a < b && d.toks[a].shape === 'p') a++;
      while (b > a && d.toks[b - 1].shape === 'p') b--;
      let words = 0;
      let sum = 0;
      for (let k = a; k < b; k++) {
        if (d.toks[k].shape === 'p') continue;
        words++;
        sum += probs[k];
      }
      if (words >= p.minWords && words > 0) spans.push({ a, b, mean: sum / words });
      i = j;
    }
  }
  return spans;
}
