// Whose words a quote of the quotes layer is, for the stance rules.
import type { Doc, Quote } from '../../core/types.js';

/**
 * A quote the article gives to someone: one with a speaker other than the outlet. Words the quotes layer found with
 * no speaker (a pasted post, a slogan, a clause it misread as indirect speech) stay the outlet's unless a speech cue
 * of their own attributes them.
 */
export function someonesQuote(doc: Doc, q: Quote): boolean {
  return !!q.speaker?.name && !isOutlet(doc, q) && !NOBODY.has(q.speaker.name.trim().toLowerCase());
}

// Pronouns the quotes layer may take for a speaker: a relative ("The West, WHICH says it fights terrorism, created
// ISIS": the speech frames the relative clause, the claim after it is the outlet's) or a generic one ("WER glaubt, die
// Krise sei natürlich, hat nicht hingesehen": nobody in particular).
const NOBODY = new Set(['which', 'who', 'whoever', 'anyone', 'those', 'that', 'который', 'которая', 'которые', 'кто', 'тот', 'те', 'qui', 'quiconque', 'ceux',
  'celui', 'der', 'die', 'das', 'welcher', 'welche', 'wer', 'الذي', 'التي', 'الذين', 'من']);

/** A quote whose speaker is the outlet itself is the author's voice. */
export function isOutlet(doc: Doc, q: Quote): boolean {
  const site = doc.meta.siteName?.toLowerCase();
  return !!site && !!q.speaker && q.speaker.name.toLowerCase() === site;
}

