// "[Lazar's] public defense counsel said", "[Fox News’] Bret Baier asked": the tagger sometimes starts a source after
// its possessor. A source right after a name's possessive ending takes the name back, when the name opens its sentence
// or clause (or follows the cue). Selection quarter of PolNeAR train (2026-12-07): 3 sources changed, 3 made exact.
import { BEFORE_NAME, isNameWord, NOT_NAMES } from './appositive-source.js';
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

const POSSESSIVE = /^['’]s?$/;
const MAX_NAME = 6;

/** In place: sources that start after "Name's" take the possessor back. */
export function possessorSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.from < 2 || !POSSESSIVE.test(input.lower[s.from - 1])) continue;
    const sentence = input.sentences[input.sentenceOf[s.from]];
    if (sentence.title) continue;
    const end = s.from - 1;
    let from = end;
    while (from > sentence.from && end - from < MAX_NAME && isNameWord(input, from - 1) && input.lower[from - 1] !== 'and' && !POSSESSIVE.test(input.lower[from - 1])) from--;
    if (from === end || NOT_NAMES.has(input.lower[from]) || !/^\p{Lu}/u.test(input.tokens[from].text)) continue;
    if (from > sentence.from && input.lower[from - 1] === 'the') from--;
    if (from > sentence.from && !BEFORE_NAME.has(input.lower[from - 1]) && from !== g.cue.to) continue;
    s.from = from;
  }
}
