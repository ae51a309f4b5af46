import { ABBREVIATIONS } from './words.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens and dots ("America’s", "IS-K", "U.S"); anything else is one punctuation token.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s]/gu;

/** Tokens of `text[from, to)`, with document offsets. A full stop after an abbreviation joins the word. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + m.index;
    const word = /[\p{L}\p{N}]/u.test(m[0][0]);
    const prev = out[out.length - 1];
    if (m[0] === '.' && prev && prev.word && prev.end === start && isAbbreviation(prev.text)) {
      prev.end += 1;
      prev.text += '.';
      continue;
    }
    out.push({ start, end: start + m[0].length, text: m[0], word });
  }
  return out;
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

export function isCapitalised(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}

/** True for scripts with no letter case (Arabic): capitalisation says nothing there. */
export function isCaseless(token: Token): boolean {
  return token.word && !/\p{Lu}|\p{Ll}/u.test(token.text[0]);
}
