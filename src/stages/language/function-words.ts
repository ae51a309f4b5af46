import { ClaimtrailError } from '../../core/errors.js';
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

const WORD = /\p{L}+/gu;

/** Counts the function words of each language in `text[start, end)`. */
export function scoreFunctionWords(text: string, start: number, end: number, byWord: Map<string, number[]>, languages: number): FunctionWordScore {
  const hits = new Array<number>(languages).fill(0);
  let words = 0;
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  const known = lowered(byWord);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words++;
    let langs = known.get(m[0]);
    if (langs === undefined) {
      langs = byWord.get(m[0].toLowerCase()) ?? null;
      if (known.size >= CACHE_LIMIT) known.clear();
      known.set(m[0], langs);
    }
    if (langs) for (const l of langs) hits[l]++;
  }
  return { words, hits };
}

// Words as written → their function-word languages (null: none), per word list: spares lower-casing every word of
// every paragraph again. Bounded: cleared when full.
const byWritten = new WeakMap<Map<string, number[]>, Map<string, number[] | null>>();
const CACHE_LIMIT = 100_000;

function lowered(byWord: Map<string, number[]>): Map<string, number[] | null> {
  let known = byWritten.get(byWord);
  if (!known) byWritten.set(byWord, (known = new Map()));
  return known;
}
