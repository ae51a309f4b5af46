import { punctKey, TOKEN_RE, wordKey } from '../../knowledge/gazetteer/index.js';

/** Letter case of a token: all capitals, first capital, lower, or none (digits, Arabic, punctuation). */
export type Caps = 'upper' | 'title' | 'lower' | 'none';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Comparison key (wordKey / punctKey). */
  key: string;
  word: boolean;
  caps: Caps;
}

const WORD_START = /[\p{L}\p{M}\p{N}]/u;

/** Words (letters, marks, digits) and single punctuation characters, with UTF-16 offsets into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const word = WORD_START.test(t[0]);
    out.push({ start: m.index, end: m.index + t.length, text: t, key: word ? wordKey(t) : punctKey(t), word, caps: word ? capsOf(t) : 'none' });
  }
  return out;
}

export function capsOf(word: string): Caps {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (lower === upper) return 'none';
  if (word === upper) return 'upper';
  const first = word[0];
  return first !== first.toLowerCase() ? 'title' : 'lower';
}
