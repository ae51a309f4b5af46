// A human-readable reason for a prediction: the features that pushed hardest towards the chosen technique.
import type { CueIndex } from './cues.js';
import type { Recorded } from './features.js';
import type { LinearModel } from './linear.js';
import type { DocTokens } from './tokens.js';

const LABELS: Record<string, string> = {
  'sw': 'word', 'sb': 'words', 'first': 'starts with', 'last': 'ends with', 'L1': 'after', 'L2': 'after', 'R1': 'before',
  'R2': 'before', 'ctx': 'sentence has', 'len': 'length', 'cover': 'covers sentence', 'repeats': 'occurs in text (times)',
};

function describe(feature: string, d: DocTokens, cues: CueIndex, a: number, b: number): string | null {
  if (feature === 'bias') return null;
  if (feature === 's:question') return 'a question';
  if (feature === 's:exclaim') return 'an exclamation';
  if (feature === 'quoted' || feature === 'quote-open') return 'in quotation marks';
  if (feature === 'allcaps') return 'in capitals';
  if (feature === 's:first') return 'in the headline';
  const eq = feature.indexOf('=');
  const key = feature.slice(0, eq);
  const value = feature.slice(eq + 1).replace(/\|/g, ' ').replace(/<\/?s>/g, '·');
  if (key === 'cue' || key === 's:cue') {
    const s = d.sentences[d.toks[a].sentence];
    const [from, to] = key === 'cue' ? [a, b] : [s.from, s.to];
    for (let i = from; i < to; i++) {
      const hit = d.cues[i].includes(value) ? cues.describe(d.lower, i, value) : null;
      if (hit) return `${value} cue ${hit}`;
    }
    return `${value} cue${key === 's:cue' ? ' in the sentence' : ''}`;
  }
  if (key === 'len' || key === 'cover' || key === 'repeats') return `${LABELS[key]} ${value}`;
  // The learned rate bin of a word of the span (features.ts): bin k is a rate in [k/10, (k+1)/10).
  if (key === 'srate') return value === 'unk' ? null : `a word inside technique spans in ${value}0–${Number(value) + 1}0% of its training uses`;
  return `${LABELS[key] ?? key} "${value}"`;
}

/** Tokens [a, b) are the span explained. */
export function explain(d: DocTokens, cues: CueIndex, model: LinearModel, cls: number, features: Recorded, a: number, b: number, head: string): string {
  // Weights first (cheap), texts only for the strongest, until three distinct descriptions are found.
  const order: number[] = [];
  for (let j = 0; j < features.buckets.length; j++) if (model.weight(features.buckets[j], cls) > 0) order.push(j);
  order.sort((x, y) => model.weight(features.buckets[y], cls) - model.weight(features.buckets[x], cls) || x - y);
  const parts: string[] = [];
  for (const j of order) {
    const text = describe(features.text(j), d, cues, a, b);
    if (text && !parts.includes(text)) parts.push(text);
    if (parts.length === 3) break;
  }
  return `${head}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}
