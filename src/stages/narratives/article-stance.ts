// One stance that sums up how an article carries a narrative, from the stances of its mentions.
import type { NarrativeStance } from '../../core/types.js';

/**
 * Strongest first: an article that debunks a claim anywhere refutes it (a debunk quotes what it debunks); one that
 * agrees with a speaker it quotes endorses it, even where it goes on in its own words ("As Lavrov rightly pointed
 * out, … Without that coup there would be no war"): the endorsement says whose claim the outlet makes its own; one
 * that says it in its own voice asserts it, even where it also quotes others; only attributed, neutral mentions
 * report it.
 */
export const ARTICLE_STANCE_ORDER: readonly NarrativeStance[] = ['refutes', 'endorses', 'asserts', 'reports'];

export function articleStance(stances: Iterable<NarrativeStance>): NarrativeStance | null {
  let best: NarrativeStance | null = null;
  for (const s of stances) if (best === null || ARTICLE_STANCE_ORDER.indexOf(s) < ARTICLE_STANCE_ORDER.indexOf(best)) best = s;
  return best;
}
