// "…, said Mr. Ekovich, [who] noted that …", "an influential Hispanic Republican [who] said he would not vote …":
// PolNeAR marks the relative pronoun alone as the source of a cue inside a relative clause (402 sources of train are
// "who" alone). The tagger mostly leaves it untagged, or takes the antecedent, which PolNeAR does not mark there. The
// speaker's name is still the antecedent's: the quotes stage resolves "who" to it (speaker.ts).
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

/** Words that may stand between "who" and its cue when the tagger left them out of the cue ("who last week said"). */
const BETWEEN = new Set(['also', 'later', 'then', 'previously', 'once', 'recently', 'now', 'still', 'has', 'have', 'had']);
/** A cue that opens with a form of "be" is passive ("who were considered invaders", "who was told"): "who" is no speaker. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words before "who" that make it a question word, not a relative pronoun ("asked who said it"). */
const QUESTION = new Set(['asked', 'ask', 'asks', 'asking', 'know', 'knows', 'knew', 'wonder', 'wondered', 'matter', 'about', 'see', 'decide', 'decides', 'determine', 'is', 'was']);

/**
 * In place: a cue right after "who" (adverbs or auxiliaries between at most two) in the same sentence takes "who" as
 * its source, unless the tagger gave it a source after "who" (its own reading of the clause).
 */
export function relativeSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    if (BE.has(input.lower[g.cue.from])) {
      // The tagger's own "who" there is no speaker either (the quotes stage would name the antecedent).
      if (g.source && g.source.to - g.source.from === 1 && input.lower[g.source.from] === 'who') g.source = null;
      continue;
    }
    const sentence = input.sentences[input.sentenceOf[g.cue.from]];
    let k = g.cue.from - 1;
    while (k > sentence.from && g.cue.from - k <= 2 && BETWEEN.has(input.lower[k])) k--;
    if (k <= sentence.from || input.lower[k] !== 'who' || QUESTION.has(input.lower[k - 1])) continue;
    if (g.source && g.source.from > k) continue;
    g.source = { role: 1, from: k, to: k + 1 };
  }
}
