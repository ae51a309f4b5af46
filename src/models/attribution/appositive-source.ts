// "Hammond, [the Indiana national committeeman], said": the tagger sometimes starts the source at the appositive,
// where PolNeAR starts it at the name the appositive describes ("Hammond, the Indiana national committeeman,"). A
// source opening with a determiner right after "Name," (the name opening its sentence or clause, or right after the
// cue) takes the name back. On the selection quarter of PolNeAR train: 6 sources made exact, none lost.
import type { Grouped } from './group.js';
import type { TagInput } from './input.js';

/** Capitalised words that open a sentence without being a name ("However, the campaign said", "Early Tuesday, …"). */
export const NOT_NAMES = new Set([
  'however', 'meanwhile', 'still', 'instead', 'yet', 'also', 'so', 'indeed', 'moreover', 'furthermore', 'overall', 'now', 'then', 'later', 'earlier',
  'today', 'tonight', 'yesterday', 'tomorrow', 'early', 'late', 'last', 'next', 'this', 'that', 'in', 'on', 'at', 'after', 'before', 'during', 'since',
  'for', 'by', 'with', 'from', 'of', 'to', 'as', 'but', 'and', 'or', 'if', 'when', 'while', 'although', 'though', 'because', 'there', 'here', 'again',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'separately', 'similarly', 'likewise', 'nevertheless', 'nonetheless', 'besides', 'thus',
  'i', 'we', 'he', 'she', 'they', 'it', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'many', 'most', 'all',
]);
/** Words a name may hold besides capitalised ones ("Gov. Chris Christie (R)", "Debbie Wasserman Schultz of Florida"). */
const NAME_INNER = new Set(['(', ')', '.', 'of', "'s", '&', '-', 'de', 'van', 'von', 'al', 'and']);
/** What may stand before the name: its sentence's start, a connective, a quotation mark or dash. */
export const BEFORE_NAME = new Set([',', 'but', 'and', '“', '"', '—', '–', '(']);
const MAX_NAME = 12;
/** How an appositive starts (not a pronoun, "who" or a participle: PolNeAR's source is then that word alone). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'also', 'another', 'former', 'both', 'our', 'my']);

/** In place: sources that start at an appositive after "Name," take the name back. */
export function appositiveSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.from < 2 || input.lower[s.from - 1] !== ',') continue;
    if (!APPOSITIVE_OPENERS.has(input.lower[s.from])) continue;
    const sentence = input.sentences[input.sentenceOf[s.from]];
    let from = s.from - 1;
    while (from > sentence.from && from > s.from - 1 - MAX_NAME && isNameWord(input, from - 1)) from--;
    if (from === s.from - 1) continue;
    if (from > sentence.from && !BEFORE_NAME.has(input.lower[from - 1]) && from !== g.cue.to) continue;
    if (NOT_NAMES.has(input.lower[from]) || /ly$/.test(input.lower[from])) continue;
    if (!/^\p{Lu}/u.test(input.tokens[from].text)) continue;
    s.from = from;
  }
}

export function isNameWord(input: TagInput, i: number): boolean {
  return /^\p{Lu}/u.test(input.tokens[i].text) || NAME_INNER.has(input.lower[i]) || /^\(?[A-Z]-[A-Z][a-z.]*\)?$/.test(input.tokens[i].text);
}

/** How a descriptor before a name starts ("The state's committeeman, John Hammond,", "Two objectors, …"). */
const DESCRIPTOR_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'two', 'three', 'four', 'another', 'both']);
/** A descriptor ending on one of these is a time phrase, not a person ("The next day, Trump said"). */
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'night', 'morning', 'afternoon', 'evening', 'time', 'times', 'weekend', 'hour', 'hours', 'moment', 'meantime', 'past', 'end', 'same']);
const MAX_DESCRIPTOR = 10;

/**
 * "[The state's Republican national committeeman, John Hammond,] said": a name source set off by commas after a
 * descriptor that opens its sentence takes the descriptor back, as PolNeAR marks the apposition. Selection quarter
 * of PolNeAR train (2026-12-07): net 4 more exact sources.
 */
export function descriptorSources(input: TagInput, groups: Grouped[]): void {
  for (const g of groups) {
    const s = g.source;
    if (!s || s.from < 3 || input.lower[s.from - 1] !== ',' || s.to > g.cue.from) continue;
    // The tagger's run may hold the closing comma ("John Hammond ,") or stop before it.
    const closed = input.lower[s.to - 1] === ',';
    if (!/^\p{Lu}/u.test(input.tokens[s.from].text) || (!closed && input.lower[s.to] !== ',')) continue;
    let named = true;
    for (let i = s.from; i < s.to - (closed ? 1 : 0); i++) if (!isNameWord(input, i) && input.lower[i] !== 'and') named = false;
    if (!named) continue;
    const sentence = input.sentences[input.sentenceOf[s.from]];
    const comma = s.from - 1;
    let from = comma;
    while (from > sentence.from && comma - from < MAX_DESCRIPTOR && !/^[,;:—–(“”"]$/.test(input.lower[from - 1])) from--;
    if (from === comma || comma - from >= MAX_DESCRIPTOR) continue;
    if (from > sentence.from && !BEFORE_NAME.has(input.lower[from - 1])) continue;
    if (!DESCRIPTOR_OPENERS.has(input.lower[from]) || TIME_NOUNS.has(input.lower[comma - 1])) continue;
    s.from = from;
  }
}
