import type { Span } from '../../core/types.js';

const CLOSERS = '"\'”’»)]›';
const OPENERS = '"\'“‘«„(\\[‹';

/**
 * Splits one paragraph into sentences. A boundary is a run of terminal punctuation (with any closing quotes
 * or brackets after it, so a quote that ends a sentence stays with it), then whitespace, then something that
 * can start a sentence. Abbreviations, initials, decimals and a line break are handled; a line break always ends a sentence.
 */
export function splitSentences(text: string, from: number, to: number, abbreviations: Set<string>, ordinalHeads: Set<string> = new Set()): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i];
    if (ch === '\n') {
      pushTrimmed(text, start, i, spans);
      start = skipSpace(text, i + 1, to);
      i = start;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…' || ch === '؟' || ch === '。') {
      let end = i + 1;
      while (end < to && '.!?…؟'.includes(text[end])) end++;
      while (end < to && CLOSERS.includes(text[end])) end++;
      const next = skipInline(text, end, to);
      if (next > end && next < to && text[next] !== '\n' && startsSentence(text, next) && !(ch === '.' && (isAbbreviation(text, start, i, next, abbreviations) || isOrdinal(text, start, i, end, next, ordinalHeads)))) {
        pushTrimmed(text, start, end, spans);
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(text, start, to, spans);
  return spans;
}

function startsSentence(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && OPENERS.includes(text[k])) k++;
  const c = text[k] ?? '';
  return /[\p{Lu}\p{Lo}\d]/u.test(c) || (k > at && /\p{L}/u.test(c));
}

function isAbbreviation(text: string, sentenceStart: number, dot: number, next: number, abbreviations: Set<string>): boolean {
  let k = dot;
  while (k > sentenceStart && /[\p{L}.\-]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  if (!word) return /\d/.test(text[dot - 1] ?? '') && /\d/.test(text[next] ?? '');
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  if (abbreviations.has(word)) {
    // "in the U.S. The next…": a dotted place abbreviation before a common sentence opener ends the sentence.
    return !(word.includes('.') && /^(The|This|That|It|He|She|They|We|But|And|In|On|A|An)\b/.test(text.slice(next, next + 6)));
  }
  return false;
}

/**
 * A German ordinal in digits before the noun it counts ("am 11. September 2001", "im 20. Jahrhundert"): one or two
 * digits standing as a word, a single stop right after them, and a word of the list next.
 */
function isOrdinal(text: string, sentenceStart: number, dot: number, end: number, next: number, heads: Set<string>): boolean {
  if (heads.size === 0 || end !== dot + 1) return false;
  const digits = /(?:^|[^\p{L}\p{N}.,])(\d{1,2})$/u.exec(text.slice(sentenceStart, dot));
  if (!digits || Number(digits[1]) === 0) return false;
  const word = /^\p{L}+/u.exec(text.slice(next, next + 20));
  return word !== null && heads.has(word[0]);
}

function skipSpace(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && /\s/.test(text[k])) k++;
  return k;
}

function skipInline(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
  return k;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
