// Words of any covered language → interlingual keys, so that an English example and a Russian, Arabic, German or
// French sentence share keys: "x:<English Porter stem>" through the FreeDict-derived lexicons (data/<lang>.tsv;
// English words are their own stem) and "k:<sense>" through the hand-written core vocabulary (data/core.yml),
// "e:<id>" for its names.
// Numbers are keys as written ("x:2014"). A stem the lexicon lacks is looked up by its longest known prefix
// (derived forms: "нацистск" → "нацист") and, in German, by its longest known tail (compounds: "Biowaffenlabor").
import { readFileSync } from 'node:fs';
import { readYamlData } from '../yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { porter } from '../../retrieval/stem.js';
import { wordKey } from '../gazetteer/index.js';
import { arabicReadings, brokenPluralSingulars } from './arabic-clitics.js';
import { frenchReadings } from './french-readings.js';
import { russianReadings } from './russian-readings.js';
import { stem } from './stem.js';
import { isStopWord } from './stopwords.js';

const DATA = new URL('./data/', import.meta.url);
export const LEXICON_LANGUAGES = ['ru', 'de', 'fr', 'ar'] as const;
const MIN_PREFIX = 5;
const MIN_TAIL = 4;
const NO_KEYS: readonly string[] = Object.freeze([]);

interface Tables {
  /** language → stem → English stems */
  bilingual: Map<string, Map<string, string[]>>;
  /** language → stem → further English stems (the table's fourth column), for secondaryKeys. */
  more: Map<string, Map<string, string[]>>;
  /** `${language}:${stem}` → core keys (k:sense, e:name) */
  core: Map<string, string[]>;
}

let tables: Tables | null = null;
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;

function fail(file: string, detail: string): never {
  throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: new URL(file, DATA).pathname, detail });
}

function loadBilingual(language: string, more: Map<string, Map<string, string[]>>): Map<string, string[]> {
  const file = `${language}.tsv`;
  const out = new Map<string, string[]>();
  const further = new Map<string, string[]>();
  readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line || line.startsWith('#')) return;
      const [from, to, source, rest] = line.split('\t');
      if (!from || !to || !source) fail(file, `line ${i + 1}: expected stem, English stems and source separated by tabs`);
      out.set(from, to.split(' '));
      if (rest) further.set(from, rest.split(' '));
    });
  more.set(language, further);
  return out;
}

function loadCore(): Map<string, string[]> {
  const file = 'core.yml';
  const raw: unknown = readYamlData(new URL(file, DATA));
  if (!Array.isArray(raw)) fail(file, 'expected a list of {id, source, terms}');
  const out = new Map<string, string[]>();
  for (const entry of raw as Record<string, unknown>[]) {
    const id = entry?.id;
    if (typeof id !== 'string' || typeof entry.source !== 'string' || !entry.terms || typeof entry.terms !== 'object') {
      fail(file, `entry "${String(id)}" needs id, source and terms by language`);
    }
    for (const [language, list] of Object.entries(entry.terms as Record<string, unknown>)) {
      if (!Array.isArray(list)) fail(file, `entry "${id}", terms.${language}: expected a list`);
      for (const word of list as unknown[]) {
        if (typeof word !== 'string' || /\s/.test(word.trim())) fail(file, `entry "${id}", terms.${language}: "${String(word)}" is not one word`);
        const key = `${language}:${stem(word, language)}`;
        const ids = out.get(key) ?? [];
        const value = `${entry.kind === 'name' ? 'e' : 'k'}:${id}`;
        if (!ids.includes(value)) ids.push(value);
        out.set(key, ids);
      }
    }
  }
  return out;
}

function load(): Tables {
  if (!tables) {
    const more = new Map<string, Map<string, string[]>>();
    tables = { bilingual: new Map(LEXICON_LANGUAGES.map((l) => [l, loadBilingual(l, more)])), more, core: loadCore() };
  }
  return tables;
}

/**
 * The entry for a stem, else for its longest known prefix; a German stem also gives its longest known tail, the
 * head of a compound ("Kriegspropaganda" → Krieg + Propaganda).
 */
function lookup(get: (s: string) => string[] | undefined, s: string, language: string): string[] | undefined {
  const hit = get(s);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (let n = s.length - 1; n >= MIN_PREFIX; n--) {
    const v = get(s.slice(0, n));
    if (v === undefined) continue;
    out.push(...v);
    break;
  }
  if (language === 'de') {
    for (let i = 3; i <= s.length - MIN_TAIL; i++) {
      const v = get(s.slice(i));
      if (v === undefined) continue;
      out.push(...v);
      break;
    }
  }
  return out.length ? [...new Set(out)] : undefined;
}

/** Interlingual keys of one word as written; none for a function word. */
export function interlingualKeys(word: string, language: string): readonly string[] {
  const cacheKey = `${language}\u0000${word}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const value = compute(word, language);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, value);
  return value;
}

let forms: Map<string, string> | null = null;

/** data/word-forms.yml: `${language}:${form}` → the word it is read as ("found" → "find"). */
function wordForms(): Map<string, string> {
  if (forms) return forms;
  const raw: unknown = readYamlData(new URL('word-forms.yml', DATA));
  if (!Array.isArray(raw)) fail('word-forms.yml', 'expected a list of {id, source, note, language, form, as}');
  forms = new Map();
  for (const e of raw as Record<string, unknown>[]) {
    for (const field of ['id', 'source', 'note', 'language', 'form', 'as']) {
      if (typeof e?.[field] !== 'string' || !(e[field] as string).trim()) fail('word-forms.yml', `entry "${String(e?.id ?? '?')}" needs "${field}"`);
    }
    forms.set(`${String(e.language)}:${String(e.form).toLowerCase()}`, String(e.as));
  }
  return forms;
}

function compute(word: string, language: string): readonly string[] {
  word = wordForms().get(`${language}:${word.toLowerCase()}`) ?? word;
  if (/^\p{N}+$/u.test(word)) return word.length >= 2 ? [`x:${word}`] : NO_KEYS;
  if (isStopWord(word, language)) return NO_KEYS;
  const s = stem(word, language);
  if (s.length < 2 || (language === 'en' && s.length < 3)) return NO_KEYS;
  const t = load();
  const out: string[] = [];
  const reading = otherReading(word, language, s, t);
  if (reading) return reading;
  const core = lookup((x) => t.core.get(`${language}:${x}`), s, language);
  if (core) out.push(...core);
  const table = t.bilingual.get(language);
  if (language === 'en' || !table) {
    // English, and any language without a lexicon: the word's own stem (names and cognates still meet).
    out.push(`x:${language === 'en' ? s : porter(wordKey(word))}`);
    return out;
  }
  const english = lookup((x) => table.get(x), s, language);
  if (english) for (const e of english) out.push(`x:${e}`);
  // A Latin-script word the lexicon lacks is often a name or a cognate ("Propaganda", "Maidan").
  else if (!out.length && /^[a-z]/.test(wordKey(word))) out.push(`x:${porter(wordKey(word))}`);
  return out;
}

/** Other readings of a word by language (clitics, affixes the light stemmer leaves on), the likeliest first. */
const READINGS: Record<string, (word: string) => string[]> = {
  // The word without its clitics, then as a broken plural ("وزراء" → وزير, "الجوائح" → جائح).
  ar: (word) => [...arabicReadings(word).map((r) => stem(r, 'ar')), ...brokenPluralSingulars(stem(word, 'ar'))],
  // Already stems, as the lexicon keys them.
  ru: russianReadings,
  fr: frenchReadings,
};

/**
 * Where neither table knows the word's own stem, the keys of its first other reading that one does ("لإفقار" →
 * "إفقار" → impoverish), before any prefix or tail guess; null where the stem is known or no reading is.
 */
function otherReading(word: string, language: string, s: string, t: Tables): string[] | null {
  const readings = READINGS[language];
  const table = t.bilingual.get(language);
  if (!readings || !table || t.core.has(`${language}:${s}`) || table.has(s)) return null;
  for (const rs of readings(word)) {
    const core = t.core.get(`${language}:${rs}`);
    const english = table.get(rs);
    if (core || english) return [...(core ?? []), ...(english ?? []).map((e) => `x:${e}`)];
  }
  return null;
}

const secondaryCache = new Map<string, readonly string[]>();

/**
 * The further senses of a word the dictionaries give beyond its first three (x: keys; none for English, a function
 * word, or a stem known only by a prefix or a tail): "الرقمية" → x:digit after x:numer, x:figur. Not keys of the word:
 * a matcher reads one only where none of the word's own keys meets anything (similar.ts), so a word that already
 * meets an example in one sense takes no stray other sense.
 */
export function secondaryKeys(word: string, language: string): readonly string[] {
  const cacheKey = `${language}\u0000${word}`;
  const hit = secondaryCache.get(cacheKey);
  if (hit) return hit;
  let value: readonly string[] = NO_KEYS;
  const t = load();
  const more = t.more.get(language);
  if (more && !isStopWord(word, language)) {
    const s = stem(word, language);
    const table = t.bilingual.get(language)!;
    // The stem's own entry, else that of the first other reading the table knows (as interlingualKeys reads it).
    const own = table.has(s) ? s : (READINGS[language]?.(word) ?? []).find((r) => table.has(r));
    const list = own !== undefined ? more.get(own) : undefined;
    if (list) value = list.map((e) => `x:${e}`);
  }
  if (secondaryCache.size >= CACHE_LIMIT) secondaryCache.clear();
  secondaryCache.set(cacheKey, value);
  return value;
}
