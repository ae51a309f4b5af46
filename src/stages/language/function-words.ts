import { ClaimtrailError } from '../../core/errors.js';
import { createInterner, HASH_START, hashStep, type Interner } from '../../core/interner.js';
import { readYamlData } from '../../knowledge/yaml.js';

/** One language's function words (data/function-words.yml). */
export interface FunctionWords {
  id: string;
  lang: string;
  source: string;
  note?: string;
  words: string[];
}

const FILE = new URL('./data/function-words.yml', import.meta.url).pathname;

/** Loads and validates the lists; the result maps each word to the languages whose list has it. */
export function loadFunctionWords(): { languages: string[]; byWord: Map<string, number[]> } {
  const raw = readYamlData(FILE);
  if (!Array.isArray(raw)) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE, detail: 'expected a list' });
  const languages: string[] = [];
  const byWord = new Map<string, number[]>();
  for (const value of raw as unknown[]) {
    const e = value as FunctionWords;
    const ok = e && typeof e.id === 'string' && typeof e.lang === 'string' && typeof e.source === 'string' && Array.isArray(e.words) && e.words.length >= 20;
    if (!ok || languages.includes(e.lang)) {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE, detail: `entry ${JSON.stringify(e?.id)} needs id, a new lang, source and 20+ words` });
    }
    const index = languages.push(e.lang) - 1;
    for (const word of new Set(e.words.map((w) => String(w).toLowerCase()))) {
      const langs = byWord.get(word);
      if (langs) langs.push(index);
      else byWord.set(word, [index]);
    }
  }
  return { languages, byWord };
}

export interface FunctionWordScore {
  /** Words of the paragraph (letters only; "l'envoyé" is two). */
  words: number;
  /** Hits per language, in the order of `languages`. */
  hits: number[];
}

const LETTER = /\p{L}/u;
// Letter or not per BMP code unit, worked out once (0: not yet, 1: letter, 2: not): the scan below meets every
// character of every paragraph.
const bmpLetter = new Uint8Array(0x10000);

function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let known = bmpLetter[c];
  if (!known) bmpLetter[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * Length in code units of the letter at `text[i]` within `[.., end)` (2 for an astral letter), or 0: the same
 * letters as /\p{L}/u on `text.slice(start, end)`, where a surrogate pair cut by `end` is two lone surrogates.
 */
function letterAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    if (i + 1 >= end) return 0;
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return isLetterUnit(c) ? 1 : 0;
}

/** Counts the function words of each language in `text[start, end)`: words are runs of letters (\p{L}+). */
export function scoreFunctionWords(text: string, start: number, end: number, byWord: Map<string, number[]>, languages: number): FunctionWordScore {
  const hits = new Array<number>(languages).fill(0);
  let words = 0;
  const known = lowered(byWord);
  let i = start;
  while (i < end) {
    let n = letterAt(text, i, end);
    if (!n) {
      i++;
      continue;
    }
    const from = i;
    let h = HASH_START;
    do {
      h = step(h, text.charCodeAt(i));
      if (n === 2) h = step(h, text.charCodeAt(i + 1));
      i += n;
    } while (i < end && (n = letterAt(text, i, end)));
    words++;
    const langs = known.get(text, from, i, h).value;
    if (langs) for (const l of langs) hits[l]++;
  }
  return { words, hits };
}

// Words as written → their function-word languages (null: none), per word list, looked up by their characters in
// the text: spares slicing and lower-casing every word of every paragraph again. Bounded: cleared when full.
const byWritten = new WeakMap<Map<string, number[]>, Interner<number[] | null>>();
const step = hashStep;

function lowered(byWord: Map<string, number[]>): Interner<number[] | null> {
  let known = byWritten.get(byWord);
  if (!known) byWritten.set(byWord, (known = createInterner((word) => byWord.get(word.toLowerCase()) ?? null, 100_000)));
  return known;
}
