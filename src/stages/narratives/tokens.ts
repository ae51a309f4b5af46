// Tokens with comparison keys, for cue and alias matching. Arabic words also carry their keys without a proclitic
// (و، ف، ب، ل، ك and the article ال), so "والولايات" and "بالإرهاب" match "الولايات" and "إرهاب*".
import { punctKey, TOKEN_RE, wordKey } from '../../knowledge/gazetteer/index.js';

export interface Token {
  start: number;
  end: number;
  /** Comparison keys: the word's key first, then variants (Arabic without proclitics). */
  keys: string[];
  word: boolean;
  /** The word as written, for case-sensitive aliases (US, IS). */
  raw: string;
  /** What every token of this spelling shares (tokenize gives one per spelling); absent on tokens made by hand. */
  spelling?: Spelling;
}

/**
 * One spelling as tokenize met it, shared by all its tokens: what later steps work out of the spelling alone (its
 * word features, the cue patterns that may start at it) is kept here, in a slot each of them takes once
 * (spellingSlot), so a token costs them a field read instead of a map lookup by its text.
 */
export interface Spelling {
  readonly keys: string[];
  readonly word: boolean;
  readonly raw: string;
  readonly memo: unknown[];
}

let slots = 0;

/** A memo slot of every spelling, for one module's use (taken at module load: a handful per process). */
export function spellingSlot(): number {
  return slots++;
}

const ARABIC = /[\u0600-\u06ff]/;
// Longest first; the stripped rest must keep at least two letters.
const PROCLITICS = ['وبال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

// Words repeat across documents: their keys are computed once per process (the arrays are shared, never mutated).
// `raw` is the cached copy of the spelling: tokens carry it rather than their fresh slice of the text, so the later
// lookups by raw (features.ts) meet a string whose hash is computed and that is the very key of their maps.
const cache = new Map<string, Spelling>();
const CACHE_LIMIT = 200_000;

/** Words (runs of letters, marks and digits) and single other characters, as TOKEN_RE splits them, with keys. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Hand-rolled rather than TOKEN_RE.exec: this runs over every character of every document (same split, see tests).
  let i = from;
  while (i < to) {
    const size = unitSize(text, i, to);
    const cls = classOf(text, i, size);
    if (cls === SPACE) {
      i += size;
      continue;
    }
    let j = i + size;
    if (cls === WORD) {
      while (j < to) {
        const next = unitSize(text, j, to);
        if (classOf(text, j, next) !== WORD) break;
        j += next;
      }
    }
    const raw = text.slice(i, j);
    let entry = cache.get(raw);
    if (!entry) {
      const word = /[\p{L}\p{M}\p{N}]/u.test(raw[0]);
      const key = word ? wordKey(raw) : punctKey(raw);
      entry = { keys: word && ARABIC.test(key) ? arabicKeys(key) : [key], word, raw, memo: [] };
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(raw, entry);
    }
    out.push({ start: i, end: j, keys: entry.keys, word: entry.word, raw: entry.raw, spelling: entry });
    i = j;
  }
  return out;
}

const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;
// Class of each BMP character, filled on first sight (0: not yet seen).
const bmpClass = new Uint8Array(0x10000);

/** UTF-16 units of the code point at i: 2 for a surrogate pair whole within [.., to), else 1 (a lone surrogate is one). */
function unitSize(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function classOf(text: string, i: number, size: number): number {
  if (size === 2) return WORD_CHAR.test(text.slice(i, i + 2)) ? WORD : OTHER;
  const c = text.charCodeAt(i);
  let cls = bmpClass[c];
  if (!cls) {
    const ch = text[i];
    cls = WORD_CHAR.test(ch) ? WORD : SPACE_CHAR.test(ch) ? SPACE : OTHER;
    bmpClass[c] = cls;
  }
  return cls;
}

function arabicKeys(key: string): string[] {
  const keys = [key];
  for (const p of PROCLITICS) {
    if (key.startsWith(p) && key.length - p.length >= 2) {
      const rest = key.slice(p.length);
      if (!keys.includes(rest)) keys.push(rest);
      // "والولايات" → "الولايات" as well as "ولايات": aliases are written with the article.
      if (p.endsWith('ال') && p !== 'ال' && !keys.includes(`ال${rest}`)) keys.push(`ال${rest}`);
    }
  }
  return keys;
}

/** Index of the token that holds or follows `offset` (binary search over starts). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
