// "[Mr. Trump's tone] often seems to encourage aggression", "a broader swath of Republican voters appears to be moving
// …": with "seem" or "appear" as the cue, the subject is what the writer judges, not who judges it. PolNeAR marks no
// source there and puts the subject in the content ("Mr. Trump's tone … to encourage aggression"): of the first 20 gold
// seem/appear cues of the selection quarter of PolNeAR train, none made of the verb alone (adverbs, "to", "be" aside)
// has a source; the 5 with one carry more words ("[Clinton] seemed to be ready to riff on", "appeared pleased with").
// The tagger often takes the subject for the source.
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

const RAISING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
/** Words that may stand in such a cue besides the verb ("often seems", "still appeared"). */
const WITH = new Set(['often', 'also', 'still', 'now', 'then', 'again', 'even', 'only', 'to', 'be', 'generally', 'clearly']);

/** In place: a seem/appear cue's source before it becomes the first part of its content. */
export function raisingSubjects(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    if (!g.source || g.source.to > g.cue.from) continue;
    let verb = false;
    let other = false;
    for (let i = g.cue.from; i < g.cue.to; i++) {
      if (RAISING.has(input.lower[i])) verb = true;
      else if (!WITH.has(input.lower[i])) other = true;
    }
    if (!verb || other) continue;
    g.contents = [{ role: 3, from: g.source.from, to: g.source.to }, ...g.contents];
    g.source = null;
  }
}
