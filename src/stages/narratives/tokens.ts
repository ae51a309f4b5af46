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
}

const ARABIC = /[\u0600-\u06ff]/;
// Longest first; the stripped rest must keep at least two letters.
const PROCLITICS = ['وبال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];

// Words repeat across documents: their keys are computed once per process (the arrays are shared, never mutated).
const cache = new Map<string, { keys: string[]; word: boolean }>();
const CACHE_LIMIT = 200_000;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const raw = m[0];
    let entry = cache.get(raw);
    if (!entry) {
      const word = /[\p{L}\p{M}\p{N}]/u.test(raw[0]);
      const key = word ? wordKey(raw) : punctKey(raw);
      entry = { keys: word && ARABIC.test(key) ? arabicKeys(key) : [key], word };
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(raw, entry);
    }
    out.push({ start: from + m.index, end: from + m.index + raw.length, keys: entry.keys, word: entry.word, raw });
  }
  return out;
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
