import { wordEntries, type WordEntry } from './word-lists.js';
import { isCapitalised, tokenize } from './tokens.js';

// A fronted time or place phrase before a cue ("Am Mittwoch sagte …", "В среду заявил …", "В Москве заявил …",
// "Mercredi a déclaré …"): no speaker, but the sign that the speaker follows the verb. Words: data/fronted-adverbials.yml.

const FILE = new URL('./data/fronted-adverbials.yml', import.meta.url);
// "Am frühen Mittwochmorgen", "В ночь на 5 декабря": a preposition and a few words, never a clause.
const MAX_WORDS = 5;
// Determiners and adjectives that may stand between the preposition and its head ("am späten Abend", "au cours du").
const FILLERS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'diesem', 'dieser', 'vergangenen', 'letzten', 'frühen', 'späten', 'ce', 'cette', 'le', 'la', 'les', 'l’', "l'", 'dernier', 'dernière', 'эту', 'этот', 'прошлую', 'прошлый', 'прошлой', 'эти']);

interface FrontedEntry extends WordEntry {
  kind: 'prepositions' | 'times';
}

interface FrontedWords {
  prepositions: Set<string>;
  times: Set<string>;
}

let cached: Map<string, FrontedWords> | null = null;

/** Prepositions and time words of fronted adverbials by language (lower case). */
export function frontedWords(): Map<string, FrontedWords> {
  if (cached) return cached;
  const out = new Map<string, FrontedWords>();
  const entries = wordEntries<FrontedEntry>(FILE, (e) => e.kind === 'prepositions' || e.kind === 'times', 'a unique id, lang, kind (prepositions or times), forms and source');
  for (const e of entries) {
    const words = out.get(e.lang) ?? { prepositions: new Set<string>(), times: new Set<string>() };
    for (const f of e.forms) words[e.kind].add(String(f).toLowerCase());
    out.set(e.lang, words);
  }
  return (cached = out);
}

/**
 * Whether text[start, end) is only a fronted time or place phrase: time words ("Gestern", "Mercredi soir"), or a
 * preposition, then determiners, adjectives or numbers, then a time word or a capitalised place ("Am 5. Dezember",
 * "В Москве"). A comma inside means something else stands before the cue.
 */
export function isFrontedAdverbial(text: string, start: number, end: number, lang: string | null): boolean {
  const words = lang ? frontedWords().get(lang) : undefined;
  if (!words) return false;
  // The full stop of a German ordinal ("Am 5. Dezember") is no punctuation here.
  const tokens = tokenize(text, start, end).filter((t, i, all) => !(t.text === '.' && /^\d+$/.test(all[i - 1]?.text ?? '')));
  if (tokens.length === 0 || tokens.length > MAX_WORDS || tokens.some((t) => !t.word)) return false;
  const lc = tokens.map((t) => t.text.toLowerCase());
  if (lc.every((w) => words.times.has(w))) return true;
  if (!words.prepositions.has(lc[0]) || tokens.length < 2) return false;
  const head = tokens[tokens.length - 1];
  const middle = lc.slice(1, -1).every((w) => FILLERS.has(w) || words.times.has(w) || /^\d+$/.test(w));
  return middle && (words.times.has(lc[lc.length - 1]) || /^\d+$/.test(head.text) || isCapitalised(head));
}

/**
 * The end of a time or place phrase right after a cue and before its content ("sagte am Mittwoch, man prüfe …",
 * "заявил в среду, что …", "a déclaré mercredi que …"): the content starts after it. `from` when none is there.
 */
export function adverbialAfter(text: string, from: number, limit: number, lang: string | null): number {
  const window = text.slice(from, Math.min(limit, from + 50));
  const stop = /,|\s(?=(?:что|dass|que|qu['’])(?![\p{L}]))/u.exec(window);
  if (!stop || stop.index === 0) return from;
  return isFrontedAdverbial(text, from, from + stop.index, lang) ? from + stop.index : from;
}
