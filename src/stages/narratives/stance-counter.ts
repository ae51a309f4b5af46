// A claim told over two sentences where the first is the rival's account and the outlet rejects it or only passes it on ("We were told
// the virus came from a Wuhan market. The truth is elsewhere: it was made at Fort Detrick."; "The so-called vaccines
// were never about your health. They were built to thin the herd."): refuting the counter-claim is asserting the
// narrative. The rival's account shares only the narrative's topic, not its claim (claim-keys.ts); the claim comes
// after it. A debunk article (a verdict in its headline or lead) is left alone: there the claim is what is refuted.
import type { NarrativeStance } from '../../core/types.js';

export interface SentenceStance {
  sentence: number;
  stance: NarrativeStance;
  /** Whether the sentence says the narrative's claim, not only its topic (claim-keys.ts). */
  claim: boolean;
  /**
   * The sentence rejects a generic believer's view ("Wer glaubt, die Krise sei natürlich, …"; stance.ts rejectsBelief).
   * Pairs are read only where neither sentence carries the narrative alone, so the belief is not the claim itself.
   */
  belief?: boolean;
}

/**
 * The stances that govern a claim read over several sentences: where every refuting or reported sentence that does
 * not say the claim comes before every sentence that does, those are the counter-claim; they drop out. The rival's
 * account passed on ("We were promised that the measures would bring the Kremlin to its knees.", "Your correspondent
 * calls it a revolution of dignity.", "On nous a répété que le virus venait d'un marché.") is not the narrative's
 * claim reported: the claim is what the outlet says after it. Where the counter-claim is refuted, a refutation read in
 * the claim's own sentences (the verdict against the rival next door, "The truth is elsewhere: …") is the outlet
 * asserting the claim.
 */
export function withoutCounterClaim(all: readonly SentenceStance[], debunk: boolean): NarrativeStance[] {
  // A believer's view the outlet rejects that is not the claim is the counter-claim wherever it stands in the pair
  // (after a headline that names the claim, too): rejecting it says nothing against the narrative.
  const kept = all.filter((s) => !s.belief);
  const list = kept.length ? kept : all;
  const stances = list.map((s) => s.stance);
  if (debunk) return stances;
  const counter = list.filter((s) => !s.claim && (s.stance === 'refutes' || s.stance === 'reports'));
  const claims = list.filter((s) => s.claim);
  if (!counter.length || !claims.length) return stances;
  if (Math.max(...counter.map((s) => s.sentence)) >= Math.min(...claims.map((s) => s.sentence))) return stances;
  const rejected = counter.some((s) => s.stance === 'refutes');
  return claims.map((s) => (rejected && s.stance === 'refutes' ? 'asserts' : s.stance));
}
