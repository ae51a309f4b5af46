// From tags to attributions: runs of Source, Cue and Content tokens, each Source and Content joined to the nearest
// Cue of its sentence; a Content with no cue in its sentences continues the attribution just before it
// ("…,” he said. “…”), as PolNeAR annotates a quote that goes on after its attribution.
import type { Span } from '../../core/types.js';
import type { TagInput } from './input.js';
import { sourceAfterAccordingTo, sourceEdges } from './source-edges.js';
import { isBegin, ROLE_OF } from './tagger.js';

export interface Run {
  role: 1 | 2 | 3;
  /** Token range [from, to). */
  from: number;
  to: number;
}

export interface Grouped {
  cue: Run;
  source: Run | null;
  contents: Run[];
}

/** Runs of one role: a B- tag, or a role change, starts a new one. */
export function runsOf(tags: Uint8Array): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < tags.length; i++) {
    const role = ROLE_OF[tags[i]];
    if (!role) continue;
    const last = out[out.length - 1];
    if (last && last.to === i && last.role === role && !isBegin(tags[i])) last.to = i + 1;
    else out.push({ role: role as 1 | 2 | 3, from: i, to: i + 1 });
  }
  return out;
}

/**
 * A content before its cue belongs to it when it starts the sentence or a quotation ("[…], X said."), or runs six
 * tokens or more with the source between; other runs before a cue were right 0–39% of the time on held-out train.
 * A content with no cue in its sentences continues the attribution just before it only when it starts its sentence
 * and that attribution reaches the sentence before: on a held-out quarter of PolNeAR train such runs were right 83%
 * of the time, any other cue-less run 0–20% (they are dropped).
 */
const CONTINUE_SENTENCES = 1;

export function group(input: TagInput, runs: Run[], tags?: Uint8Array): Grouped[] {
  const s = input.sentenceOf;
  const cues = runs.filter((r) => r.role === 2);
  const out: Grouped[] = cues.map((cue) => ({ cue, source: null, contents: [] }));
  const byCue = new Map<Run, Grouped>(out.map((g) => [g.cue, g]));
  const nearestCue = (r: Run): Run | null => {
    let best: Run | null = null;
    let bestD = Infinity;
    for (const c of cues) {
      if (s[c.from] < s[r.from] || s[c.from] > s[r.to - 1]) continue;
      const d = c.from >= r.to ? c.from - r.to : r.from - c.to;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  };
  for (const r of runs) {
    const cue = r.role === 1 ? nearestCue(r) : null;
    if (!cue) continue;
    const g = byCue.get(cue)!;
    if (!g.source || distance(r, cue) < distance(g.source, cue)) g.source = r;
  }
  for (const g of out) if (g.source) g.source = sourceAfterAccordingTo(input, sourceEdges(input, withoutDanglingRelative(input, g.source)), g.cue);
  let lastGroup: Grouped | null = null;
  for (const r of runs) {
    if (r.role === 2) lastGroup = byCue.get(r)!;
    if (r.role !== 3) continue;
    const cue = nearestCue(r);
    if (cue) {
      const g = byCue.get(cue)!;
      if (r.to > cue.from || startsSentence(input, r) || input.quote[r.from] === 2 || (r.to - r.from >= 6 && g.source !== null && g.source.from >= r.to)) g.contents.push(r);
      continue;
    }
    const previous = lastGroup && lastGroup.cue.from < r.from ? lastGroup : null;
    if (previous && startsSentence(input, r) && s[r.from] - s[lastEndOf(previous)] <= CONTINUE_SENTENCES) previous.contents.push(r);
  }
  for (const g of out) {
    if (!g.contents.length && tags) {
      const filled = fillContent(input, tags, g);
      if (filled) g.contents.push(filled);
    }
    g.contents.sort((a, b) => a.from - b.from);
  }
  return out;
}

const PUNCT = /^[^\p{L}\p{N}]+$/u;

/**
 * A cue and source with no content tagged: the untagged clause before them when a comma ends it ("[…], sources
 * said."), else the untagged rest of the sentence after them ("X said [the …]"), when it has at least two words.
 */
function fillContent(input: TagInput, tags: Uint8Array, g: Grouped): Run | null {
  const sentence = input.sentences[input.sentenceOf[g.cue.from]];
  const after = g.source && g.source.from >= g.cue.to ? g.source.to : g.cue.to;
  const before = g.source && g.source.to <= g.cue.from ? g.source.from : g.cue.from;
  const untagged = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (tags[i] !== 0) return false;
    return true;
  };
  const trimmed = (from: number, to: number): Run | null => {
    while (from < to && PUNCT.test(input.tokens[from].text)) from++;
    while (to > from && PUNCT.test(input.tokens[to - 1].text) && !/["”’»]/.test(input.tokens[to - 1].text)) to--;
    let words = 0;
    for (let i = from; i < to; i++) if (!PUNCT.test(input.tokens[i].text)) words++;
    return words >= 2 && untagged(from, to) ? { role: 3, from, to } : null;
  };
  // "[…], the governor said on Tuesday.": a comma before the attribution puts the content before it.
  if (before > sentence.from && input.lower[before - 1] === ',') {
    const clause = trimmed(sentence.from, before - 1);
    if (clause) return clause;
    // "The relatives, who asked …, watched it, [attorneys for the family said]." ends the sentence: the clause before is
    // its content even where the tagger gave it to a cue inside it (PolNeAR marks both).
    if (g.source && endsSentence(input, after, sentence.to)) return clauseBefore(input, sentence.from, before - 1);
    return trimmed(after, sentence.to);
  }
  return trimmed(after, sentence.to);
}

/** Nothing but punctuation (and a time phrase: "said on Tuesday") from `from` to the sentence end. */
function endsSentence(input: TagInput, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!PUNCT.test(input.tokens[i].text) && !TIME_AFTER.has(input.lower[i])) return false;
  return true;
}
const TIME_AFTER = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'last', 'this', 'week', 'month', 'year', 'night', 'in', 'a', 'statement', 'interview']);

function clauseBefore(input: TagInput, from: number, to: number): Run | null {
  while (from < to && PUNCT.test(input.tokens[from].text) && !/["“]/.test(input.tokens[from].text)) from++;
  let words = 0;
  for (let i = from; i < to; i++) if (!PUNCT.test(input.tokens[i].text)) words++;
  return words >= 4 ? { role: 3, from, to } : null;
}

const RELATIVES = new Set(['who', 'which', 'that']);
const CONTRACTED = new Set(['he', 'she', 'it', 'i', 'we', 'they', 'you', 'who', 'that', 'there']);
// Words that end no source: adverbs the tagger runs on with ("Mills then", "The budget office now").
const TRAILING = new Set(['then', 'now', 'also', 'still', 'too', 'however', 'meanwhile', 'instead', 'later', 'earlier', 'again', 'already', 'just', 'only', 'even', 'recently', 'previously', 'often']);

/**
 * Source ends PolNeAR does not mark: a bare relative pronoun ("Mr. Ekovich, who" → "Mr. Ekovich"; 6 sources of
 * train end on one, against 222 followed by one), with the comma before it; a trailing adverb ("Mills then"); the verb
 * of a contraction ("she’s").
 */
function withoutDanglingRelative(input: TagInput, r: Run): Run {
  let to = r.to;
  // "she’s" is "she" + a verb; "Turkey’s" stays (a possessive can be a source).
  if (to - r.from === 2 && CONTRACTED.has(input.lower[r.from]) && /^'/.test(input.lower[to - 1])) to--;
  while (to - r.from > 1 && TRAILING.has(input.lower[to - 1])) to--;
  if (to - r.from > 1 && RELATIVES.has(input.lower[to - 1])) {
    to--;
    if (to - r.from > 1 && input.lower[to - 1] === ',') to--;
  }
  return to === r.to ? r : { role: r.role, from: r.from, to };
}

/** The run starts its sentence (or right after the quotation mark that opens it). */
function startsSentence(input: TagInput, r: Run): boolean {
  const from = input.sentences[input.sentenceOf[r.from]].from;
  return r.from === from || (r.from === from + 1 && input.quote[from] === 2);
}

function lastEndOf(g: Grouped): number {
  let end = g.cue.to - 1;
  for (const c of g.contents) end = Math.max(end, c.to - 1);
  return end;
}

function distance(a: Run, b: Run): number {
  return a.from >= b.to ? a.from - b.to : b.from - a.to;
}

/** A run as a character span. */
export function spanOf(input: TagInput, r: Run): Span {
  return { start: input.tokens[r.from].start, end: input.tokens[r.to - 1].end };
}
