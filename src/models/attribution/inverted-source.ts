// "“…,” said [an Iowa Democrat]." — a speech verb after its content with the speaker after it: the tagger finds the cue
// but sometimes leaves the speaker untagged, and a cue with no source loses it. The words after the cue, to the end of
// the sentence (or to a comma before a quotation or a new clause), become the source.
import type { Grouped, Run } from './group.js';
import type { TagInput } from './input.js';
import type { Rates } from './rates.js';

/** Cue words this reliable (PolNeAR train: said, says, wrote …) take a source after them. */
const MIN_CUE_RATE = 0.8;
/** A longer stretch is a clause, not a speaker. */
const MAX_TOKENS = 25;
/** Words after a comma that start a new clause, not an apposition ("…, though he added"). */
const CLAUSE_AFTER_COMMA = new Set(['though', 'although', 'but', 'and', 'adding', 'saying', 'as', 'when', 'while', 'because', 'noting', 'before', 'after', 'in', 'on']);
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** Sources (in place) for cues with no source whose content ends right before them, as "…,” said X." */
export function invertedSources(input: TagInput, groups: Grouped[], tags: Uint8Array, rates: Rates): void {
  for (const g of groups) {
    if (g.source || !g.contents.some((c) => c.to <= g.cue.from && g.cue.from - c.to <= 2)) continue;
    let rate = 0;
    for (let i = g.cue.from; i < g.cue.to; i++) rate = Math.max(rate, rates.get(input.lower[i])?.cue ?? 0);
    if (rate < MIN_CUE_RATE) continue;
    const before = input.lower[g.cue.from - 1];
    if (before !== ',' && !/^["”’']+$/.test(before ?? '')) continue;
    const found = speakerAfter(input, tags, g.cue.to);
    if (!found) continue;
    g.source = found;
    // The tagger sometimes reads the speaker as more content ("…,” said [Reince Priebus]).
    g.contents = g.contents.filter((c) => c.to <= found.from || c.from >= found.to);
  }
}

function speakerAfter(input: TagInput, tags: Uint8Array, from: number): Run | null {
  const sentence = input.sentences[input.sentenceOf[from - 1]];
  if (from >= sentence.to || PUNCT.test(input.tokens[from].text)) return null;
  let to = from;
  while (to < sentence.to && to - from <= MAX_TOKENS && isFree(input, tags, to)) {
    const w = input.lower[to];
    if (w === ',' && to + 1 < sentence.to && (/^["“‘']/.test(input.tokens[to + 1].text) || CLAUSE_AFTER_COMMA.has(input.lower[to + 1]))) break;
    to++;
  }
  if (to - from > MAX_TOKENS) return null;
  if (to < sentence.to && !isFree(input, tags, to) && input.lower[to] !== ',') return null;
  while (to > from && PUNCT.test(input.tokens[to - 1].text)) to--;
  return to > from ? { role: 1, from, to } : null;
}

/** Untagged, or tagged as content outside quotation marks (the tagger's reading of a speaker after "said"). */
function isFree(input: TagInput, tags: Uint8Array, i: number): boolean {
  return tags[i] === 0 || ((tags[i] === 5 || tags[i] === 6) && input.quote[i] === 0);
}
