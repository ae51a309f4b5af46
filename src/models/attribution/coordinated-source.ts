// "[Frank Newport and Jim Harter] wrote", "[Cruz and Trump] said": the tagger sometimes starts a coordinated source at
// its last conjunct. PolNeAR train (quarters 1–3) has 64 gold sources that open with "Name and Name" against 10 that
// start right after "Name and". A source right after "and" takes back the name before it when that name opens its
// sentence or clause (or follows the cue: "according to Dunn and [John]"). Selection quarter of PolNeAR train
// (2026-12-07): net 7 more exact sources (source exact 68.8 → 69.0).
import { BEFORE_NAME, isNameWord, NOT_NAMES } from './appositive-source.js';
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

const MAX_NAME = 8;

/** In place: sources that start after "Name and" take the name back. */
export function coordinatedSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.from < 2 || input.lower[s.from - 1] !== 'and') continue;
    const sentence = input.sentences[input.sentenceOf[s.from]];
    const end = s.from - 1;
    let from = end;
    while (from > sentence.from && end - from < MAX_NAME && isNameWord(input, from - 1) && input.lower[from - 1] !== 'and') from--;
    if (from === end) continue;
    if (NOT_NAMES.has(input.lower[from]) || !/^\p{Lu}/u.test(input.tokens[from].text)) continue;
    if (from > sentence.from && input.lower[from - 1] === 'the') from--;
    if (from > sentence.from && !BEFORE_NAME.has(input.lower[from - 1]) && from !== g.cue.to) continue;
    s.from = from;
  }
}
