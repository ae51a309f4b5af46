// One stance that sums up how an article carries a narrative, from the stances of its mentions.
import type { NarrativeStance } from '../../core/types.js';

/**
 * Strongest first: an article that debunks a claim anywhere refutes it (a debunk quotes what it debunks); one that
 * says it in its own voice asserts it, even where it also quotes others; agreeing with a quoted speaker endorses
 * it; only attributed, neutral mentions report it.
 */
export const ARTICLE_STANCE_ORDER: readonly NarrativeStance[] = ['refutes', 'asserts', 'endorses', 'reports'];

export function articleStance(stances: Iterable<NarrativeStance>): NarrativeStance | null {
  let best: NarrativeStance | null = null;
  for (const s of stances) if (best === null || ARTICLE_STANCE_ORDER.indexOf(s) < ARTICLE_STANCE_ORDER.indexOf(best)) best = s;
  return best;
}
