// Technique spans as extra evidence: loaded language or name calling said of an actor strengthens how it is cast.
import type { Sentence, Span, Technique } from '../../core/types.js';
import { lowerBound, type Clause } from './clause.js';
import { labelTarget } from './label.js';

/** The PTC techniques that label an actor. */
export const LABELLING = new Set(['Loaded_Language', 'Name_Calling,Labeling']);
// Longer spans are clauses, not labels: the actor they are about cannot be read off their position.
const MAX_TOKENS = 6;

export interface Support {
  entityId: string;
  weight: number;
  span: { start: number; end: number };
  reason: string;
}

/** Labelling techniques scoring at least `minScore`, each tied to the actor it is said of (as a label would be). */
export function techniqueSupport(
  text: string,
  techniques: readonly Technique[],
  sentences: readonly Sentence[],
  clauseOf: (sentenceIndex: number) => Clause,
  minScore: number,
  isActor: (id: string, at: Span, cue: Span) => boolean,
): Support[] {
  const out: Support[] = [];
  for (const t of techniques) {
    if (!LABELLING.has(t.technique) || t.score < minScore) continue;
    const s = lowerBound(sentences, t.end, (x) => x.end);
    if (s >= sentences.length || sentences[s].start > t.start) continue;
    const clause = clauseOf(s);
    const first = lowerBound(clause.tokens, t.start + 1, (tok) => tok.end);
    let last = first - 1;
    while (last + 1 < clause.tokens.length && clause.tokens[last + 1].start < t.end) last++;
    if (last < first || last - first + 1 > MAX_TOKENS) continue;
    for (const ref of labelTarget(clause, first, last)) {
      if (!isActor(ref.entity.id, ref.mention, t)) continue;
      const phrase = text.slice(t.start, t.end);
      out.push({ entityId: ref.entity.id, weight: 0.5 * t.score, span: { start: t.start, end: t.end }, reason: `${t.technique} “${phrase}” (${t.score.toFixed(2)})` });
    }
  }
  return out;
}
