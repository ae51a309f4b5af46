// Text → index terms: lower-cased words without stop words, stemmed (Porter for English; for Russian, German,
// French and Arabic, the first five letters after clitics are dropped — crude, but it joins most inflections).
import { wordKey } from '../knowledge/gazetteer/index.js';
import { porter } from './stem.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

const EN_STOP = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below between both but by can could
  did do does doing don't down during each few for from further had has have having he her here hers herself him himself his how i if in
  into is isn't it it's its itself just let's me more most my myself no nor not of off on once only or other ought our ours ourselves out
  over own same she should so some such than that that's the their theirs them themselves then there there's these they this those
  through to too under until up very was wasn't we were what when where which while who whom why will with won't would you your yours
  yourself yourselves also s t rt via amp http https www com pic twitter html`.split(/\s+/),
);
const OTHER_STOP = new Set(
  `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему
  теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут
  где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой
  der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei
  einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei
  le la les de des du un une et en à au aux que qui dans pour par sur pas ne se ce il elle ils sont est a ont avec plus son sa ses
  leur leurs été être cette ces mais ou où comme tout
  في من على إلى الى عن أن ان مع هذا هذه التي الذي كان قد لا ما هو هي ذلك بين كل بعد حتى إن او أو عند`.split(/\s+/),
);
const ARABIC = /[\u0600-\u06ff]/;

/** Index terms of a text. `language` is an ISO 639-1 code; anything but "en" gets the crude stem. */
export function terms(text: string, language = 'en'): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const t = termOf(m[0], language);
    if (t) out.push(t);
  }
  return out;
}

// Stemming is the cost of indexing; words repeat, so each (language, word) is stemmed once per process.
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 200_000;

/** The index term of one lower-cased word, or null for a stop word. */
export function termOf(word: string, language = 'en'): string | null {
  const key = `${language}\u0000${word}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = computeTerm(word, language);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function computeTerm(word: string, language: string): string | null {
  const w = word.replace(/’/g, "'");
  if (language === 'en' || (!ARABIC.test(w) && /^[a-z0-9']+$/.test(w) && language !== 'de' && language !== 'fr')) {
    if (EN_STOP.has(w)) return null;
    const bare = w.replace(/'s$/, '').replace(/'/g, '');
    return bare ? porter(bare) : null;
  }
  if (OTHER_STOP.has(w)) return null;
  let key = wordKey(w);
  if (ARABIC.test(key)) key = key.replace(/^(وال|بال|فال|كال|لل|ال|و)(?=..)/, '');
  return key.length >= 2 ? key.slice(0, 5) : null;
}

/** Adjacent pairs of terms, for phrase overlap ("white helmet", "tide pod"). */
export function bigrams(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < list.length; i++) out.push(`${list[i - 1]} ${list[i]}`);
  return out;
}

/**
 * Whether a text reads as English: mostly Latin letters and English function words ("the", "of", "is"). A
 * language detector on a tweet of names and hashtags guesses wildly; function words do not.
 */
export function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return true;
  const latin = letters.filter((c) => /[A-Za-z\u00c0-\u024f]/.test(c)).length;
  if (latin / letters.length < 0.5) return false;
  const words = text.toLowerCase().match(/[a-z']+/g) ?? [];
  if (words.length < 4) return true;
  return words.filter((w) => EN_STOP.has(w)).length / words.length >= 0.08;
}
