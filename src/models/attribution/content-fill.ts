// A kept attribution with a cue and a source but no content is lost (the stage emits one quote per content). On the
// selection quarter of PolNeAR train 121 such groups were dropped, most of them plain "[He] said [the FBI has not …]"
// or "“…,” [the Times] reported." whose content the tagger had tagged in part (a nested cue inside it, or a content run
// it gave to another cue), so group.ts's fill, which wants untagged words, left them empty. PolNeAR runs a content
// across a nested cue, so here the words are taken whatever their tags, even where another attribution's content has
// them ("they are asked to rank …, “…,” [Hoover said]": both attributions mark the quotation; keeping such a content
// from being given twice cost 0.3 source exact on the selection quarter). 2026-12-06: an attribution that is a sentence
// of its own after a quotation ending in "?”" or "!”" ("…, okay?” [Trump said].") takes that quotation (selection
// quarter: 5 more exact sources, 1 more spurious).
import type { Grouped, Run } from './group.js';
import type { TagInput } from './input.js';

const PUNCT = /^[^\p{L}\p{N}]+$/u;
/** Words after the cue that end an attribution's own words ("said [on] Tuesday"). */
const TIME = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'last', 'this', 'week', 'month', 'year', 'night', 'in', 'a', 'statement', 'interview', 'earlier', 'later']);

/** In place: contents for groups with a source and none, from the sentence around the attribution. */
export function fillContents(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    if (g.contents.length || !g.source) continue;
    const sentence = input.sentences[input.sentenceOf[g.cue.from]];
    const first = Math.min(g.source.from, g.cue.from);
    const last = Math.max(g.source.to, g.cue.to);
    let content: Run | null = null;
    // "[He] said [the FBI has not …]": the rest of the sentence; "“…,” [the Times] reported.": the clause before.
    if (words(input, last, sentence.to) >= 3) content = trimmed(input, last, sentence.to);
    else if (first > sentence.from && /^[,”"’']$/.test(input.lower[first - 1])) content = trimmed(input, sentence.from, first);
    else if (words(input, sentence.from, first) === 0) content = quotationBefore(input, sentence.from);
    if (content) g.contents.push(content);
  }
}

/** Words from `from` to `to`, punctuation and time words ("said on Tuesday") not counted. */
function words(input: TagInput, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!PUNCT.test(input.tokens[i].text) && !TIME.has(input.lower[i])) n++;
  return n;
}

function trimmed(input: TagInput, from: number, to: number): Run | null {
  while (from < to && PUNCT.test(input.tokens[from].text) && !/^[“"‘']$/.test(input.tokens[from].text)) from++;
  while (to > from && PUNCT.test(input.tokens[to - 1].text) && !/^[”"’']$/.test(input.tokens[to - 1].text)) to--;
  let n = 0;
  for (let i = from; i < to; i++) if (!PUNCT.test(input.tokens[i].text)) n++;
  return n >= 3 ? { role: 3, from, to } : null;
}

/**
 * "“…, ma’am, you’re reprimanded, okay?” [Trump said].": the segmenter ends the sentence at "?”", so the quotation
 * the attribution closes is the one that ends right before its sentence (opening and closing marks included).
 */
function quotationBefore(input: TagInput, first: number): Run | null {
  const close = first - 1;
  if (close < 1 || input.quote[close] !== 3) return null;
  let open = close - 1;
  while (open > 0 && input.quote[open] === 1) open--;
  return input.quote[open] === 2 ? trimmed(input, open, close + 1) : null;
}
