// Thresholds tuned on the tuning articles for span F1 (the SI measure): first the token threshold for the
// tagger's spans, then one threshold per technique for whole-sentence spans, by coordinate ascent.
import { decodeRuns } from '../decode.js';
import { collector, spanFeatures, tokenFeatures, type Rates } from '../features.js';
import { sigmoid, softmax, type LinearModel } from '../linear.js';
import { addCounts, siCounts, siScore, ZERO_COUNTS, type Interval, type SiCounts } from '../metrics.js';
import type { Prepared } from './corpus.js';

interface SentenceGuess extends Interval {
  technique: string;
  prob: number;
}

interface Cached {
  probs: Float64Array;
  sentences: SentenceGuess[];
  gold: Interval[];
}

const TOKEN_GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];
const SENTENCE_GRID = [0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 2];

export function cache(corpus: readonly Prepared[], tagger: LinearModel, sentence: LinearModel, rates: Rates): Cached[] {
  return corpus.map((p) => {
    const { d } = p;
    const probs = new Float64Array(d.toks.length);
    for (let i = 0; i < d.toks.length; i++) {
      const f: string[] = [];
      tokenFeatures(d, i, collector(f), rates);
      probs[i] = sigmoid(tagger.scores(f)[0]);
    }
    const sentences: SentenceGuess[] = [];
    for (const s of d.sentences) {
      let b = s.to;
      while (b > s.from && d.toks[b - 1].shape === 'p') b--;
      if (b - s.from < 4) continue;
      const f: string[] = [];
      spanFeatures(d, s.from, b, collector(f), 1);
      const z = softmax(sentence.scores(f));
      let cls = 1;
      for (let k = 2; k < z.length; k++) if (z[k] > z[cls]) cls = k;
      sentences.push({ start: d.toks[s.from].start, end: d.toks[b - 1].end, technique: sentence.classes[cls], prob: z[cls] });
    }
    return { probs, sentences, gold: p.article.spans };
  });
}

function score(corpus: readonly Prepared[], cached: readonly Cached[], token: number, sentence: Record<string, number>): number {
  let counts: SiCounts = ZERO_COUNTS;
  corpus.forEach((p, k) => {
    const c = cached[k];
    const spans: Interval[] = decodeRuns(p.d, c.probs, token).map((r) => ({ start: p.d.toks[r.a].start, end: p.d.toks[r.b - 1].end }));
    for (const s of c.sentences) if (s.prob >= (sentence[s.technique] ?? 2)) spans.push(s);
    counts = addCounts(counts, siCounts(spans, c.gold));
  });
  return siScore(counts).f1;
}

export function tuneThresholds(corpus: readonly Prepared[], cached: readonly Cached[], techniques: readonly string[], log: (line: string) => void): { token: number; sentence: Record<string, number> } {
  let token = 0.5;
  let bestF1 = -1;
  for (const t of TOKEN_GRID) {
    const f1 = score(corpus, cached, t, {});
    if (f1 > bestF1) [bestF1, token] = [f1, t];
  }
  log(`token threshold ${token}: tune span F1 ${bestF1.toFixed(4)}`);
  const sentence: Record<string, number> = {};
  for (let round = 0; round < 2; round++) {
    for (const technique of techniques) {
      for (const t of SENTENCE_GRID) {
        const trial = { ...sentence, [technique]: t };
        const f1 = score(corpus, cached, token, trial);
        if (f1 > bestF1 + 1e-4) {
          bestF1 = f1;
          if (t > 1) delete trial[technique];
          Object.assign(sentence, trial);
          if (t > 1) delete sentence[technique];
        }
      }
    }
  }
  log(`sentence thresholds ${JSON.stringify(sentence)}: tune span F1 ${bestF1.toFixed(4)}`);
  return { token, sentence };
}
