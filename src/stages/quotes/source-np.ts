import type { Span } from '../../core/types.js';
import { isCapitalised, isCaseless, tokenize, type Token } from './tokens.js';
import { DETERMINERS, LINKS, PRONOUNS, STOP } from './words.js';

const MAX_WORDS = 12;
const MAX_LOWER = 4;
/** Prepositions of place inside a source, besides LINKS: "Officials from Spokane", "Чиновники в Москве". */
const PLACE_LINKS = new Set(['from', 'в', 'во', 'из']);
/** A French name after an elided article ("l'Afghanistan", "d'Ukraine") counts as a capitalised word. */
const ELIDED_NAME = /^[ld]['’]\p{Lu}/u;

/**
 * The noun phrase that ends right before `end` (the subject of a cue), scanning back no further than `limit`.
 * "The Russian … Envoy to Afghanistan, Zamir Kabulov," keeps its appositive and the comma before the cue, as PolNeAR does.
 */
export function sourceBefore(text: string, limit: number, end: number): Span | null {
  const tokens = tokenize(text, limit, end);
  let i = tokens.length - 1;
  if (i < 0) return null;
  const last = tokens[i];
  if (last.word && PRONOUNS.has(last.text.toLowerCase())) return span(last, last);
  if (last.text === ')') {
    // "Rep. Earl Blumenauer (D-Ore.) said"
    let open = i - 1;
    while (open >= 0 && i - open < 10 && tokens[open].text !== '(') open--;
    const head = open > 0 && tokens[open].text === '(' ? scanBack(tokens, open - 1) : null;
    return head === null ? null : { start: tokens[head].start, end: last.end };
  }
  if (last.text === ',') {
    // "HEAD, APPOSITIVE, said" or "HEAD, who …, said": both sides must be noun phrases; a relative clause may be anything.
    let comma = i - 1;
    while (comma >= 0 && i - comma < 25 && tokens[comma].text !== ',') comma--;
    if (comma > 0 && /^(?:who|which|whose)$/i.test(tokens[comma + 1]?.text ?? '')) {
      const head = scanBack(tokens, comma - 1);
      return head === null ? null : { start: tokens[head].start, end: last.end };
    }
    const appositive = scanBack(tokens, i - 1);
    if (appositive === null || tokens[appositive - 1]?.text !== ',') return null;
    const head = scanBack(tokens, appositive - 2);
    if (head === null) return null;
    return { start: tokens[head].start, end: last.end };
  }
  const first = scanBack(tokens, i);
  return first === null ? null : { start: tokens[first].start, end: last.end };
}

/** Index of the first token of the noun phrase ending at token `i`, or null. */
function scanBack(tokens: Token[], i: number): number | null {
  if (i < 0 || !isNounLike(tokens[i])) return null;
  let first = i;
  let words = 0;
  let lower = 0;
  for (let j = i; j >= 0 && words < MAX_WORDS; j--) {
    const t = tokens[j];
    if (!t.word) break;
    const lc = t.text.toLowerCase();
    if (DETERMINERS.has(lc)) {
      first = j;
      if (tokens[j - 1]?.text.toLowerCase() !== 'of') break;
      continue;
    }
    if (LINKS.has(lc) || PLACE_LINKS.has(lc)) {
      // "and" joins names only ("Clinton and Kaine"); other links need a word on their left.
      const left = tokens[j - 1];
      if (!left || !left.word || STOP.has(left.text.toLowerCase()) || (lc === 'and' && !isCapitalised(left))) break;
      continue;
    }
    if (STOP.has(lc)) break;
    if (!isCapitalised(t) && !isCaseless(t) && !/^\p{N}/u.test(t.text) && !ELIDED_NAME.test(t.text)) {
      if (++lower > MAX_LOWER || /ly$/.test(lc)) break;
    }
    first = j;
    words++;
  }
  return first;
}

/** The noun phrase starting at `start` (after an inverted cue: "…," said Sen. Tim Kaine), up to `limit`. */
export function sourceAfter(text: string, start: number, limit: number): Span | null {
  const tokens = tokenize(text, start, limit);
  const t0 = tokens[0];
  if (!t0 || !t0.word) return null;
  if (PRONOUNS.has(t0.text.toLowerCase())) return span(t0, t0);
  let last = -1;
  let lower = 0;
  for (let j = 0; j < tokens.length && j < MAX_WORDS; j++) {
    const t = tokens[j];
    if (!t.word) break;
    const lc = t.text.toLowerCase();
    if (DETERMINERS.has(lc)) {
      // Only at the start or after a link ("a spokesman for the campaign"); "said Trump in a statement" stops.
      if (j === 0 || LINKS.has(tokens[j - 1].text.toLowerCase())) continue;
      break;
    }
    if (LINKS.has(lc) && lc !== 'in' && last >= 0) continue;
    if (STOP.has(lc)) break;
    if (!isCapitalised(t) && !isCaseless(t)) {
      if (++lower > MAX_LOWER || /ly$/.test(lc)) break;
    }
    last = j;
  }
  if (last < 0) return null;
  // A trailing full stop that ends the sentence is not part of the name.
  const end = tokens[last];
  const cut = end.text.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(end.text) ? end.end - 1 : end.end;
  return { start: t0.start, end: cut };
}

function isNounLike(t: Token): boolean {
  if (!t.word) return false;
  const lc = t.text.toLowerCase();
  return !STOP.has(lc) && !LINKS.has(lc) && !DETERMINERS.has(lc) && !/ly$/.test(lc);
}

function span(a: Token, b: Token): Span {
  return { start: a.start, end: b.end };
}

/** An inverted source runs on over its appositive to the end of the sentence ("said Newt Gingrich, the former House speaker."), as PolNeAR marks it. */
export function withTrailingAppositive(text: string, source: Span, sentenceEnd: number): Span {
  const rest = text.slice(source.end, sentenceEnd);
  if (!/^,\s/.test(rest)) return source;
  let end = sentenceEnd;
  while (end > source.end && /[\s.!?;"”'’]/.test(text[end - 1])) end--;
  const words = text.slice(source.end, end).split(/\s+/).length;
  return words <= 25 && !/[“”"«»]/.test(text.slice(source.end, end)) ? { start: source.start, end } : source;
}
