// Keys for comparing names: the same function serves validation (duplicate aliases) and matching.

const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g; // harakat, superscript alef, tatweel
const NON_ASCII = /[^\x00-\x7f]/;
const ARABIC = /[\u0600-\u06ff]/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** One word → its comparison key: lower case, Latin diacritics dropped, ё → е, Arabic letter variants folded. */
export function wordKey(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  if (CYRILLIC.test(word)) return word.toLowerCase().replace(/ё/g, 'е');
  if (ARABIC.test(word)) {
    return word.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  }
  return word.normalize('NFD').replace(LATIN_MARKS, '').toLowerCase();
}

/** A punctuation character → its key: dashes fold to "-", apostrophes to "'". */
export function punctKey(ch: string): string {
  if (/[\u2010-\u2015\u2212\u00ad-]/.test(ch)) return '-';
  if (/['\u2018\u2019\u02bc\u0060\u00b4]/.test(ch)) return "'";
  return ch;
}

/** Words are runs of letters, marks and digits; every other non-space character is a token of its own. */
export const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{M}\p{N}]/u.test(ch);
}

/** A whole name → one key (tokens joined by spaces), for duplicate checks. */
export function nameKey(name: string): string {
  const out: string[] = [];
  for (const m of name.matchAll(TOKEN_RE)) out.push(isWordChar(m[0][0]) ? wordKey(m[0]) : punctKey(m[0]));
  return out.join(' ');
}
