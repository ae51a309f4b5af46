import { punctKey, wordKey } from '../../knowledge/gazetteer/index.js';

/** Letter case of a token: all capitals, first capital, inner capitals ("LeT", "HuffPost"), lower, or none (digits, Arabic, punctuation). */
export type Caps = 'upper' | 'title' | 'mixed' | 'lower' | 'none';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Comparison key (wordKey / punctKey). */
  key: string;
  word: boolean;
  caps: Caps;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

/**
 * Words (letters, marks, digits) and single punctuation characters, with UTF-16 offsets into `text`; the same
 * split as TOKEN_RE, hand-rolled because this runs on every character of every document.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (isWordCode(c, text, i)) {
      let j = i + 1;
      while (j < n && isWordCode(text.charCodeAt(j), text, j)) j++;
      const t = text.slice(i, j);
      const w = wordInfo(t);
      out.push({ start: i, end: j, text: t, key: w.key, word: true, caps: w.caps });
      i = j;
    } else {
      // A surrogate pair that is not a letter (an emoji) stays one token.
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const t = text.slice(i, i + len);
      const key = punctInfo(t);
      if (key !== null) out.push({ start: i, end: i + len, text: t, key, word: false, caps: 'none' });
      i += len;
    }
  }
  return out;
}

// Words and marks repeat across documents: their key and case are worked out once per process (bounded; cleared when full).
const words = new Map<string, { key: string; caps: Caps }>();
const puncts = new Map<string, string | null>();
const CACHE_LIMIT = 100_000;

function wordInfo(t: string): { key: string; caps: Caps } {
  let hit = words.get(t);
  if (!hit) {
    hit = { key: wordKey(t), caps: capsOf(t) };
    if (words.size >= CACHE_LIMIT) words.clear();
    words.set(t, hit);
  }
  return hit;
}

/** The key of a one-character token, or null for a space (not a token). */
function punctInfo(t: string): string | null {
  let hit = puncts.get(t);
  if (hit === undefined) {
    hit = SPACE.test(t) ? null : punctKey(t);
    if (puncts.size >= CACHE_LIMIT) puncts.clear();
    puncts.set(t, hit);
  }
  return hit;
}

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2));
  return WORD_CHAR.test(text[i]);
}

export function capsOf(word: string): Caps {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k];
    const c = word.charCodeAt(k);
    const isUpper = c < 128 ? c >= 65 && c <= 90 : ch !== ch.toLowerCase();
    const isLower = c < 128 ? c >= 97 && c <= 122 : ch !== ch.toUpperCase();
    if (isUpper) upper++;
    if (isLower) lower++;
    if (k === 0) firstUpper = isUpper;
  }
  if (!upper && !lower) return 'none';
  if (!lower) return 'upper';
  if (!firstUpper) return 'lower';
  return upper === 1 ? 'title' : 'mixed';
}

/** Starts with a capital: "Kabul", "NATO", "HuffPost". */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && t.word && (t.caps === 'title' || t.caps === 'upper' || t.caps === 'mixed');
}
