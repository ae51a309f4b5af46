// Which spans to report: the SI decision. Tagger spans (Viterbi over the token probabilities, viterbi.ts), plus whole sentences
// that the sentence classifier finds persuasive (1 − P(none) over a threshold) and that hold at least one token
// the tagger leans on, or whose single technique is likely enough (per-technique thresholds). All thresholds
// are tuned on out-of-fold predictions of the training articles (train/tune.ts), never on held-out ones.
//
// Then two things the tagger's token view misses (issue 13; each +0.002–0.003 out-of-fold SI F1 on the 301 training
// articles): spans of some techniques are clauses or sentences (Flag-Waving, Doubt, …) while the tagger marks the
// loaded words in them, so a run the span classifier names such a technique is widened to its clause or sentence;
// and exclamations and questions are often whole-sentence spans (slogans, rhetorical questions), so such a
// sentence is marked whole when its highest token probability reaches a floor.
import { CLAUSE_BREAK } from './features.js';
import { viterbiSpans } from './viterbi.js';
import type { DocTokens } from './tokens.js';

export type Widen = 'clause' | 'sentence';

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
  /** Per technique: runs the span classifier names so are widened to their clause or sentence (absent: none). */
  widen?: Record<string, Widen>;
  /** Highest token probability in an exclamation sentence for the whole sentence to be a span (above 1 or absent: never). */
  exclaim?: number;
  /** The same for a question. */
  question?: number;
}

export interface Selected {
  /** Tokens [a, b). */
  a: number;
  b: number;
  kind: 'run' | 'sentence' | 'exclaim' | 'question';
  /** Runs: mean token probability; sentences: P(class); exclamations and questions: the highest token probability. */
  prob: number;
  /** Sentences: the class index in the sentence classifier (0 is none). */
  cls: number;
  /** Runs: the tokens the tagger marked, when [a, b) was widened from them. */
  core?: [number, number];
}

/** Tokens [from, to) of sentence k without trailing punctuation (PTC spans end at the last word). */
export function sentenceBounds(d: DocTokens, k: number): [number, number] {
  const s = d.sentences[k];
  let b = s.to;
  while (b > s.from && d.toks[b - 1].shape === 'p') b--;
  return [s.from, b];
}

/** The clause around tokens [a, b): out to the nearest clause punctuation in the sentence, without edge punctuation. */
export function clauseBounds(d: DocTokens, a: number, b: number): [number, number] {
  const s = d.sentences[d.toks[a].sentence];
  let x = a;
  while (x > s.from && !CLAUSE_BREAK.has(d.toks[x - 1].lower)) x--;
  let y = b;
  while (y < s.to && !CLAUSE_BREAK.has(d.toks[y].lower)) y++;
  while (y > x + 1 && d.toks[y - 1].shape === 'p') y--;
  while (x < y - 1 && d.toks[x].shape === 'p') x++;
  return [Math.min(x, a), Math.max(y, b)];
}

/** Sentences shorter than this are not given to the sentence classifier (headline fragments, bylines). */
export const MIN_SENTENCE_TOKENS = 4;

/**
 * `sentenceProbs[k]` is the sentence classifier's distribution (none + techniques) for sentence k, or null for a
 * sentence too short to classify; `classes` names its entries. `techniqueOf` names the technique of a run (the
 * span classifier); without it runs are not widened.
 */
export function selectSpans(d: DocTokens, tokenProbs: Float64Array, sentenceProbs: ReadonlyArray<Float64Array | null>, classes: readonly string[], p: SelectParams,
  techniqueOf?: (a: number, b: number) => string): Selected[] {
  const out: Selected[] = [];
  const widen = techniqueOf && p.widen && Object.keys(p.widen).length ? p.widen : null;
  for (const r of viterbiSpans(d, tokenProbs, { threshold: p.token, enter: p.enter, minWords: p.minWords })) {
    const sentence = sentenceProbs[d.toks[r.a].sentence];
    if (sentence && 1 - sentence[0] < p.gate) continue;
    const how = widen && techniqueOf ? widen[techniqueOf(r.a, r.b)] : undefined;
    if (!how) {
      out.push({ a: r.a, b: r.b, kind: 'run', prob: r.mean, cls: -1 });
      continue;
    }
    let [a, b] = how === 'clause' ? clauseBounds(d, r.a, r.b) : sentenceBounds(d, d.toks[r.a].sentence);
    [a, b] = [Math.min(a, r.a), Math.max(b, r.b)];
    out.push({ a, b, kind: 'run', prob: r.mean, cls: -1, core: [r.a, r.b] });
  }
  const marked = new Uint8Array(d.sentences.length);
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
    marked[k] = 1;
  });
  // Exclamations and questions (short ones too: "Lock her up!" has no sentence-classifier score), unless marked above.
  d.sentences.forEach((s, k) => {
    const floor = s.exclaim ? p.exclaim : s.question ? p.question : undefined;
    if (floor === undefined || floor > 1 || marked[k]) return;
    let top = 0;
    for (let i = s.from; i < s.to; i++) if (tokenProbs[i] > top) top = tokenProbs[i];
    const [a, b] = sentenceBounds(d, k);
    if (top >= floor && b > a) out.push({ a, b, kind: s.exclaim ? 'exclaim' : 'question', prob: top, cls: -1 });
  });
  return out;
}
