// Token probabilities → spans: runs of tokens at or above the threshold within a sentence, bridging a single
// weaker token between two strong ones, on probabilities smoothed over neighbours, with punctuation trimmed from both ends (as PTC's spans are).
import type { DocTokens } from './tokens.js';

export interface TokenRun {
  /** Tokens [a, b). */
  a: number;
  b: number;
  /** Mean probability over the run's word tokens. */
  mean: number;
}

export function decodeRuns(d: DocTokens, raw: Float64Array, threshold: number): TokenRun[] {
  const runs: TokenRun[] = [];
  // Smoothed with the neighbours (within the sentence): spans come out whole rather than in pieces (+0.01 F1 on tuning).
  const probs = new Float64Array(raw.length);
  for (const s of d.sentences) {
    for (let i = s.from; i < s.to; i++) probs[i] = 0.5 * raw[i] + 0.25 * (raw[i > s.from ? i - 1 : i] + raw[i + 1 < s.to ? i + 1 : i]);
  }
  for (const s of d.sentences) {
    let i = s.from;
    while (i < s.to) {
      if (probs[i] < threshold || d.toks[i].shape === 'p') {
        i++;
        continue;
      }
      let b = i + 1;
      while (b < s.to && (probs[b] >= threshold || (b + 1 < s.to && probs[b + 1] >= threshold && probs[b] >= threshold * 0.5))) b++;
      while (b > i + 1 && d.toks[b - 1].shape === 'p') b--;
      let sum = 0;
      let n = 0;
      for (let k = i; k < b; k++) if (d.toks[k].shape !== 'p') { sum += probs[k]; n++; }
      runs.push({ a: i, b, mean: n ? sum / n : 0 });
      i = b;
    }
  }
  return runs;
}
