import { createInterner, HASH_START, hashStep } from '../../core/interner.js';
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
      let h = step(HASH_START, c);
      for (let d: number; j < n && isWordCode((d = text.charCodeAt(j)), text, j); j++) h = step(h, d);
      // The word's string and its key and case, looked up by its characters (no slice for a word met before).
      const w = lookup(text, i, j, h);
      out.push({ start: i, end: j, text: w.text, key: w.value.key, word: true, caps: w.value.caps });
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
const words = createInterner((t: string): { key: string; caps: Caps } => ({ key: wordKey(t), caps: capsOf(t) }), 100_000);
const puncts = new Map<string, string | null>();
const CACHE_LIMIT = 100_000;
// Local bindings: under tsx (CommonJS output) an imported function is read through a getter at every call.
const step = hashStep;
const lookup = words.get;

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
