// Source edges PolNeAR marks and the tagger misses, chosen on the inner held-out quarter of PolNeAR train (scripts/
// train-attribution.ts --inner): a name the tagger starts in the middle of ("[Mrs.] Clinton", "[the New] York Post"),
// an abbreviation's full stop or a closing bracket it leaves off ("Biden Jr[.]", "(R-Iowa[)]"), a quotation mark or
// dash it starts with ("” Viguerie"), a modal it runs on with ("Sanders could").
import type { Run } from './group.js';
import type { TagInput } from './input.js';

/** Titles written with a full stop before a name (the tagger's tokens keep the stop apart). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'prof', 'rev', 'st', 'pres', 'amb', 'sec', 'atty', 'supt', 'cmdr', 'gens', 'reps', 'sens']);
/** Abbreviations that end a name and keep their full stop: "Joseph R. Biden Jr.", "Apple Inc.". */
const ENDINGS = new Set(['jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'dept']);
/** Words a source never ends on: modals and auxiliaries of the cue that follows ("Sanders could", "I can't"). */
const MODALS = new Set(['could', 'would', 'will', 'can', 'should', 'may', 'might', 'must', 'shall', "can't", "won't", "couldn't", "wouldn't", "shouldn't", 'cannot']);
/** Capitalised only to open a sentence or a headline word: a name never takes them in ("But He", "And It"). */
const CLOSED = new Set(['and', 'but', 'or', 'so', 'yet', 'let', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'who', 'what', 'why', 'how', 'when', 'where', 'if', 'as', 'then', 'now', 'also', 'still', 'even', 'just', 'after', 'before', 'while', 'because', 'though', 'although', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my']);
/**
 * Sentence connectives a source never starts with ("[But] a source familiar with …", "[Even] China said"): PolNeAR
 * train has 393 sources right after "but" and 4 that take it in, 28 after "even" and 8 with it. ("Both" and "only"
 * stay: PolNeAR keeps them, "Both Bolton and Gorka", "only four percent".)
 */
const CONNECTIVES = new Set(['but', 'and', 'even', 'however', 'meanwhile', 'instead', 'still', 'yet', 'lest', 'then', 'now', 'also']);
/** Time words that end a phrase like "on Monday", "last week", "this month". */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'today', 'yesterday']);
const TIME_LEADS = new Set(['on', 'this', 'last', 'next', 'earlier', 'later']);
/** An abbreviation written with inner stops ("A.F.L.-C.I.O", "D.C"): the stop after it is its own. */
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$|\.-?(?:\p{L}\.)*\p{L}$/u;
/** Marks a source never starts with. */
const LEADING = /^[“”"‘’'«»―—–~•·*-]+$/u;

const capitalised = (input: TagInput, i: number): boolean => /^\p{Lu}/u.test(input.tokens[i].text);
const adjacent = (input: TagInput, a: number, b: number): boolean => input.tokens[b].start - input.tokens[a].end <= 1;

/** The source with its edges put where PolNeAR puts them (never beyond its sentence, never empty). */
export function sourceEdges(input: TagInput, r: Run): Run {
  const sentence = input.sentences[input.sentenceOf[r.from]];
  let from = r.from;
  let to = r.to;
  while (to - from > 1 && (LEADING.test(input.tokens[from].text) || (CONNECTIVES.has(input.lower[from]) && input.lower[from + 1] !== ','))) from++;
  while (to - from > 1 && MODALS.has(input.lower[to - 1])) to--;
  to = withoutTrailingTime(input, from, to);
  // Back over the rest of a name: "Mrs." + "Clinton", "New" + "York Post", "Red Hot" + "Chili Peppers" (not in a
  // headline, where every word is capitalised).
  const start = from;
  while (from > sentence.from && !sentence.title) {
    const k = from - 1;
    if (input.lower[k] === '.' && k > sentence.from && TITLES.has(input.lower[k - 1]) && adjacent(input, k - 1, k)) {
      from = k - 1;
      continue;
    }
    if (capitalised(input, from) && capitalised(input, k) && /^\p{L}/u.test(input.lower[k]) && !CLOSED.has(input.lower[k]) && k > sentence.from && adjacent(input, k, from)) {
      from = k;
      continue;
    }
    break;
  }
  if (from < start && from > sentence.from && input.lower[from - 1] === 'the') from--;
  // Forward: an ending abbreviation's stop, a bracket left open.
  if (to < sentence.to && input.lower[to] === '.' && (ENDINGS.has(input.lower[to - 1]) || DOTTED.test(input.tokens[to - 1].text)) && adjacent(input, to - 1, to)) to++;
  if (to < sentence.to && input.lower[to] === ')' && openBracket(input, from, to)) to++;
  return from === r.from && to === r.to ? r : { role: r.role, from, to };
}

/**
 * "A CNN/ORC poll [last month]", "the board of elections [on Monday]": a time phrase the tagger runs the source on
 * with. Only in a source with no comma: after an apposition or a relative clause it belongs to that clause ("…, who
 * endorsed him last week" — PolNeAR keeps it).
 */
function withoutTrailingTime(input: TagInput, from: number, to: number): number {
  if (to - from < 3 || !TIME_WORDS.has(input.lower[to - 1]) || !TIME_LEADS.has(input.lower[to - 2])) return to;
  for (let i = from; i < to; i++) if (input.lower[i] === ',') return to;
  return to - 2;
}

/** Words that, after a comma, start the sentence's own continuation rather than an apposition to the source. */
const GOES_ON = new Set(['and', 'but', 'or', 'more', 'less', 'while', 'with', 'up', 'down', 'compared', 'nearly', 'about', 'almost', 'so', 'though', 'although', 'as', 'than']);

/**
 * A source after "according to" ends at a comma that the sentence goes on from ("according to the Tax Foundation[,
 * more than twice …]"); an apposition after the comma stays ("…, an analyst at Pivotal Research Group").
 */
export function sourceAfterAccordingTo(input: TagInput, source: Run, cue: Run): Run {
  if (cue.to !== source.from || input.lower[cue.to - 1] !== 'to' || input.lower[cue.to - 2] !== 'according') return source;
  for (let i = source.from + 1; i < source.to - 1; i++) {
    const next = input.lower[i + 1];
    if (input.lower[i] === ',' && (GOES_ON.has(next) || /^\d/.test(next))) return { role: source.role, from: source.from, to: i };
  }
  return source;
}

function openBracket(input: TagInput, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    if (input.lower[i] === '(') depth++;
    else if (input.lower[i] === ')') depth--;
  }
  return depth > 0;
}
