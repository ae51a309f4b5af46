// Which spans to report: the SI decision. Tagger spans (Viterbi over the token probabilities, viterbi.ts), plus whole sentences
// that the sentence classifier finds persuasive (1 − P(none) over a threshold) and that hold at least one token
// the tagger leans on, or whose single technique is likely enough (per-technique thresholds). All thresholds
// are tuned on out-of-fold predictions of the training articles (train/tune.ts), never on held-out ones.
import { viterbiSpans } from './viterbi.js';
import type { DocTokens } from './tokens.js';

export interface SelectParams {
  /** Token probability at which being inside a tagger span is neutral (viterbi.ts). */
  token: number;
  /** Cost of opening a tagger span, in logits (viterbi.ts): higher gives fewer, longer spans. */
  enter: number;
  /** Runs with fewer words are dropped. */
  minWords: number;
  /** Runs are kept only in sentences with 1 − P(none) at least this (sentences too short to classify pass). */
  gate: number;
  /** 1 − P(none) of the sentence classifier for a whole-sentence span (above 1: never). */
  sentence: number;
  /** …and the highest token probability in the sentence must reach this. */
  sentenceToken: number;
  /** Per technique: P(technique) of the sentence classifier that marks the whole sentence on its own. */
  perTechnique: Record<string, number>;
}

export interface Selected {
  /** Tokens [a, b). */
  a: number;
  b: number;
  kind: 'run' | 'sentence';
  /** Runs: mean token probability; sentences: P(class). */
  prob: number;
  /** Sentences: the class index in the sentence classifier (0 is none). */
  cls: number;
}

/** Tokens [from, to) of sentence k without trailing punctuation (PTC spans end at the last word). */
export function sentenceBounds(d: DocTokens, k: number): [number, number] {
  const s = d.sentences[k];
  let b = s.to;
  while (b > s.from && d.toks[b - 1].shape === 'p') b--;
  return [s.from, b];
}

/** Sentences shorter than this are not given to the sentence classifier (headline fragments, bylines). */
export const MIN_SENTENCE_TOKENS = 4;

/**
 * `sentenceProbs[k]` is the sentence classifier's distribution (none + techniques) for sentence k, or null for a
 * sentence too short to classify; `classes` names its entries.
 */
export function selectSpans(d: DocTokens, tokenProbs: Float64Array, sentenceProbs: ReadonlyArray<Float64Array | null>, classes: readonly string[], p: SelectParams): Selected[] {
  const out: Selected[] = [];
  for (const r of viterbiSpans(d, tokenProbs, { threshold: p.token, enter: p.enter, minWords: p.minWords })) {
    const sentence = sentenceProbs[d.toks[r.a].sentence];
    if (sentence && 1 - sentence[0] < p.gate) continue;
    out.push({ a: r.a, b: r.b, kind: 'run', prob: r.mean, cls: -1 });
  }
  d.sentences.forEach((s, k) => {
    const probs = sentenceProbs[k];
    if (!probs) return;
    let cls = 1;
    for (let c = 2; c < probs.length; c++) if (probs[c] > probs[cls]) cls = c;
    let top = 0;
    for (let i = s.from; i < s.to; i++) if (tokenProbs[i] > top) top = tokenProbs[i];
    const persuasive = 1 - probs[0] >= p.sentence && top >= p.sentenceToken;
    const sure = probs[cls] >= (p.perTechnique[classes[cls]] ?? 2);
    if (!persuasive && !sure) return;
    const [a, b] = sentenceBounds(d, k);
    out.push({ a, b, kind: 'sentence', prob: probs[cls], cls });
  });
  return out;
}
