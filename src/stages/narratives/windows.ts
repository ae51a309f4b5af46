// Reading a claim beyond one sentence: two sentences as one for example similarity, the stance that governs a claim
// read across them, and which narratives lead some sentence (a narrative always second is a neighbour).
import type { NarrativeStance } from '../../core/types.js';
import type { Features } from './features.js';

/** What example similarity reads of two sentences as one (their keys, entity concepts and words): no frames. */
export function similarityPair(a: Features, b: Features): Features {
  let topicKeys: Map<string, Set<string>> | undefined;
  return {
    frames: new Map(),
    negated: new Set(),
    concepts: union(a.concepts, b.concepts),
    words: new Set(),
    keys: union(a.keys, b.keys),
    keyWords: [...(a.keyWords ?? []), ...(b.keyWords ?? [])],
    // Read only where an example near the pair's best is asked whether the pair says its claim (claim-keys.ts):
    // built then, not for each of the thousands of pairs of a long article.
    get topicKeys() {
      return (topicKeys ??= new Map([...(a.topicKeys ?? []), ...[...(b.topicKeys ?? [])].map(([c, set]): [string, Set<string>] => [c, new Set([...(a.topicKeys?.get(c) ?? []), ...set])])]));
    },
  };
}

/** a's members then b's new ones, in order (as new Set([...a, ...b]), without the array between). */
function union(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}

const PAIR_STANCE_ORDER: NarrativeStance[] = ['refutes', 'endorses', 'reports', 'asserts'];

/**
 * The stance of a claim read across two sentences: the one that governs either ("Lavrov said the Maidan was a
 * coup. As he rightly noted, the West paid for it."): a refutation, else an endorsement (someone's claim the outlet
 * agrees with: the other sentence's attribution is the speaker it sides with, as at the article level), else an
 * attribution, else the outlet's own voice.
 */
export function pairStance(stances: NarrativeStance[]): NarrativeStance {
  return PAIR_STANCE_ORDER.find((s) => stances.includes(s)) ?? 'asserts';
}

/**
 * Narratives that are the strongest match (ties included) of at least one unit (a sentence or a pair); a narrative
 * that is only ever second is the neighbour sharing its words (biolabs beside a lab-made virus), not a claim.
 */
export function leadingNarratives(units: readonly (readonly { narrative: number; score: number }[])[]): Set<number> {
  const out = new Set<number>();
  for (const matches of units) {
    const top = Math.max(...matches.map((m) => m.score));
    for (const m of matches) if (m.score === top) out.add(m.narrative);
  }
  return out;
}
