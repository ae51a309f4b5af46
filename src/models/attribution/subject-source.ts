// "Cruz [is praising] Jeb Bush", "About 4 in 10 [say] …", "Joe Scarborough, host of MSNBC's “Morning Joe,” [suggested]
// …": a kept cue with no source whose subject stands right before it (auxiliaries, adverbs or a time phrase between).
// Of the 309 sourceless attributions the stage kept on the selection quarter of PolNeAR train, 155 have a gold source,
// most of them that subject; the tagger, reading a window of words, leaves it untagged. 2026-12-06: a subject before an
// aside ("Ben Carson, speaking with …, called", "…, meanwhile, called") and the head of a relative clause that holds a
// cue of its own ("[Barkley], who said he votes Democratic, said") too: selection quarter source exact 68.6 → 68.8.
import type { Span } from '../../core/types.js';
import { sourceBefore } from '../../stages/quotes/source-np.js';
import type { Grouped, Run } from './group.js';
import type { TagInput } from './input.js';

/** Words between the subject and the cue ("Trump [was] defending", "The star [then] recalled", "Trump [on Sunday] tweeted"). */
const BETWEEN = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'do', 'does', 'did', 'also', 'then', 'now', 'later', 'still', 'often', 'further', 'again', 'never', 'not', 'just', 'already', 'recently', 'previously', 'since', 'once', 'first', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'last', 'week', 'night', 'morning']);
/** What may stand right before the subject: its sentence's start, a clause opener, punctuation. */
const OPENERS = new Set(['and', 'but', 'as', 'while', 'when', 'after', 'before', 'since', 'because', 'that', 'if', 'although', 'though', 'so', 'yet', 'where', 'once', 'until', 'even', 'meanwhile', 'however']);
/** Subjects that say nothing of who speaks: an expletive or a demonstrative. */
const EMPTY = new Set(['it', 'this', 'that', 'there', 'these', 'those', 'which', 'what']);
const MAX_TOKENS = 30;
const RELATIVES = new Set(['who', 'whose', 'which']);
const QUANTIFIERS = new Set(['about', 'nearly', 'almost', 'over', 'only', 'roughly', 'some', 'around']);

/** In place: sourceless groups whose cue has its subject right before it take that subject as source. */
export function subjectSources(input: TagInput, groups: Grouped[], tags: Uint8Array): void {
  for (const g of groups) {
    if (g.source) continue;
    const found = subjectOf(input, g.cue, tags);
    if (found) g.source = found;
  }
}

/** Be-forms: with a participle they make the cue passive ("were blamed", "was widely criticized"), whose subject is no speaker. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
/** Raising verbs: "[Trump] is expected to deliver …", "[the court's conservatives] seemed ready to say": no speaker either. */
const RAISING = /^(?:expected|seem|seems|seemed|appear|appears|appeared|likely|set|supposed|due|poised|reportedly)$/;

/** The cue, with the words between it and its subject, reads as a passive or a raising verb. */
function passiveOrRaising(input: TagInput, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (RAISING.test(input.lower[i])) return true;
    if (BE.has(input.lower[i]) && /(?:ed|en|wn|told|said|made|thought|held|seen)$/.test(input.lower[i + 1] ?? '')) return true;
  }
  return false;
}

function subjectOf(input: TagInput, cue: Run, tags: Uint8Array): Run | null {
  const sentence = input.sentences[input.sentenceOf[cue.from]];
  let k = cue.from - 1;
  while (k >= sentence.from && (BETWEEN.has(input.lower[k]) || /^[a-z]{3,}ly$/.test(input.lower[k]))) k--;
  if (k < sentence.from || input.quote[k] === 1 || input.quote[k] === 3) return null;
  if (input.lower[k] === ',') k = beforeAside(input, sentence.from, k);
  if (passiveOrRaising(input, k + 1, Math.min(cue.to + 2, sentence.to))) return null;
  const text = input.text;
  const np: Span | null = sourceBefore(text, input.tokens[sentence.from].start, input.tokens[k].end);
  if (!np) return null;
  let from = k;
  while (from > sentence.from && input.tokens[from - 1].start >= np.start) from--;
  if (input.tokens[from].start !== np.start || k - from + 1 > MAX_TOKENS) return null;
  // "[About 4 in 10] say": a quantifier the noun-phrase scan stops at.
  if (from > sentence.from && QUANTIFIERS.has(input.lower[from - 1]) && /^\d/.test(input.lower[from])) from--;
  if (from > sentence.from) {
    const before = input.lower[from - 1];
    if (!OPENERS.has(before) && !/^[,;:—–(“”"‘’'-]$/.test(before)) return null;
  }
  let to = k + 1;
  if (to - from === 1 && EMPTY.has(input.lower[from])) return null;
  for (let i = from; i < to; i++) {
    if (tags[i] !== 3 && tags[i] !== 4) continue;
    // "[Barkley], who said he votes Democratic, said …": a relative clause with an attribution of its own is left out.
    const c = relativeComma(input, from, i);
    if (c < 0) return null;
    to = c;
    break;
  }
  return { role: 1, from, to };
}

/** The comma opening a relative clause ("Name, who …") between `from` and `before`, or -1. */
function relativeComma(input: TagInput, from: number, before: number): number {
  for (let i = from + 1; i < before; i++) if (input.lower[i] === ',' && RELATIVES.has(input.lower[i + 1])) return i;
  return -1;
}

/** Adverbs set off by commas between a subject and its verb ("NATO's secretary general, meanwhile, called on …"). */
const ASIDES = new Set(['meanwhile', 'however', 'too', 'though', 'instead', 'also', 'then', 'now', 'again', 'in turn', 'for his part', 'for her part', 'for their part', 'for its part']);
const MAX_ASIDE = 15;

/**
 * `comma` closes an aside ("Ben Carson, speaking with the Register's board, called …"): the last token before the
 * aside's opening comma; otherwise `comma` itself.
 */
function beforeAside(input: TagInput, first: number, comma: number): number {
  let c = comma - 1;
  while (c > first && comma - c <= MAX_ASIDE && input.lower[c] !== ',') c--;
  if (c <= first || input.lower[c] !== ',' || c === comma - 1) return comma;
  const aside = input.lower.slice(c + 1, comma).join(' ');
  const participle = /^[a-z]{3,}ing$/.test(input.lower[c + 1]) && input.lower[c + 1] !== 'according';
  return participle || ASIDES.has(aside) ? c - 1 : comma;
}
