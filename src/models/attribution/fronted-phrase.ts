// "For [Mrs. Clinton, analysts] said", "In [the case of a conviction, experts] said": the tagger sometimes starts a
// source inside a fronted prepositional phrase and runs it over the comma to the real subject. A source right after
// a preposition (not the cue's own "according to") that holds a comma starts after that comma. Selection quarter of
// PolNeAR train (2026-12-07): 6 sources changed, exact sources 3037 → 3041.
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

const PREPOSITIONS = new Set(['in', 'for', 'from', 'with', 'on', 'at', 'amid', 'after', 'during', 'about', 'like', 'over', 'under', 'of', 'into', 'despite', 'among', 'unlike', 'beyond', 'since', 'before', 'following']);
/** After the comma these open a clause of the phrase itself, not the subject. */
const CLAUSE = new Set(['who', 'whose', 'which', 'that', 'and', 'or', 'but']);

/** In place: sources that start inside a fronted phrase begin after its comma. */
export function frontedPhraseSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.from < 1 || s.from === g.cue.to || s.to > g.cue.from || !PREPOSITIONS.has(input.lower[s.from - 1])) continue;
    let comma = -1;
    for (let i = s.from + 1; i < s.to - 1; i++) if (input.lower[i] === ',') { comma = i; break; }
    if (comma < 0 || CLAUSE.has(input.lower[comma + 1]) || !/[\p{L}\p{N}]/u.test(input.lower[comma + 1])) continue;
    // "Worcester, Massachusetts": a place and its state, not the phrase's end.
    if (/^\p{Lu}/u.test(input.tokens[comma - 1].text) && /^\p{Lu}/u.test(input.tokens[comma + 1].text) && comma + 2 < s.to && input.lower[comma + 2] === ',') continue;
    s.from = comma + 1;
  }
}
