// Light stemmers, one per language, so that the inflections of a word meet at one key ("создали", "создать" →
// "созда"; "unterstützten", "unterstützt" → "unterstutz"). Suffix stripping in the manner of Snowball's light
// stemmers (Savoy's for Russian, German and French; Larkey's Light10 for Arabic); English is Porter (1980).
// The same function keys the bilingual lexicon and the text, so consistency matters more than linguistic accuracy.
import { wordKey } from '../gazetteer/index.js';
import { porter } from '../../retrieval/stem.js';

/**
 * Longest suffixes first; a suffix is dropped only where the stem keeps at least `min` letters. A derivational
 * ending (`derived`) must leave `min + 1`: a stem of `min` letters left by one meets unrelated short words ("vérité"
 * → "ver" = "verser", "vers"). Such a word then keeps its ending, and no shorter one is tried either, so that its
 * forms stay together ("nation", "nations" → "nation", not "nati").
 */
function strip(word: string, suffixes: readonly string[], min: number, derived?: ReadonlySet<string>): string {
  for (const s of suffixes) {
    if (!word.endsWith(s)) continue;
    const left = word.length - s.length;
    if (left === min && derived?.has(s)) return word;
    if (left >= min) return word.slice(0, -s.length);
  }
  return word;
}

const byLength = (list: string) => list.split(/\s+/).filter(Boolean).sort((a, b) => b.length - a.length);

const RU_REFLEXIVE = byLength('ся сь');
// Adjective, participle, verb and noun endings in one list (a light stemmer strips one ending, the longest; the
// lexicon lookup also tries the shorter ones, russian-readings.ts).
export const RU_ENDINGS = byLength(`ующими ующего ующему ующих ующий ующая ующее ующие ующую ующей вшими вшего вшему вших вший вшая
  ировать ировал ировала ировали ирует ируют овать овал овала овали ивать ивал ивала ивали ует уют ует ила ило или ить ишь
  ала ало али ать ешь ете ите ыла ыло ыли ыть яла яли ять ели ела ело еть
  ями ами ыми ими ого его ому ему ой ей ий ый ая яя ое ее ые ие ую юю ых их ым им ом ем ов ев ах ях ам ям ия ию ии иям иях ием
  ость остью остей остям ости ство ства ству ством стве
  ет ют ут ит ат ят ла ло ли ть л а я о е ы и у ю ь й`);

const RU_VOWELS = byLength('а я о е ы и');

function russian(w: string): string {
  const base = strip(strip(w, RU_REFLEXIVE, 4), RU_ENDINGS, 3);
  // A past tense in -л leaves the stem vowel ("создал" → "созда"): drop it, as "создали" → "созд" does.
  return strip(base, RU_VOWELS, 3);
}

const DE_ENDINGS = byLength(`ungen ung heiten heit keiten keit lichen licher liches lich ischen ischer isches isch igen iger iges ig
  erinnen erin innen ern em en er es est et st e s n t`);

const DE_VERB = byLength('st et t');

function german(w: string): string {
  // Past participles "geschaffen", "gegründet" lose "ge" where a long stem remains.
  // One ending, then a verb's "t" left before it ("unterstützten" → "unterstützt" → "unterstütz").
  const s = strip(strip(w.replace(/ß/g, 'ss'), DE_ENDINGS, 4), DE_VERB, 4);
  return s.length >= 7 && s.startsWith('ge') ? s.slice(2) : s;
}

export const FR_ENDINGS = byLength(`issements issement issantes issante issants issant issions issiez issons issez issent isse
  ations ation atrices atrice ateurs ateur ements ement ments ment euses euse eux ives ive ifs if ismes isme istes iste
  ites ite ences ence ances ance aient ait ais ant antes ante ants ions ion ons ez ent erent era eront erait er ir re
  ees ee es e s x`);

/** French derivational endings (nouns and adjectives made from a stem), in FR_ENDINGS. */
const FR_DERIVED = new Set(byLength(`issements issement atrices atrice ateurs ateur ations ation ements ement ments ment euses euse eux
  ives ive ifs if ismes isme istes iste ites ite ences ence ances ance ions ion`));

function french(w: string): string {
  const bare = w.replace(/^(?:l|d|qu|j|m|n|s|t|c|jusqu|lorsqu|puisqu)['’]/, '');
  // Then a plural "s" and a final "e" a kept ending still has ("vérités" → "verite" → "verit", as "vérité").
  return strip(strip(strip(bare, FR_ENDINGS, 3, FR_DERIVED), ['s'], 3), ['e'], 3);
}

const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

function arabic(w: string): string {
  // wordKey has folded ة to ه and the alef forms; Light10 strips one prefix, then each suffix of its list once, in order.
  let s = w;
  for (const p of AR_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 2) {
      s = s.slice(p.length);
      break;
    }
  }
  for (const x of AR_SUFFIXES) if (s.length - x.length >= 3 && s.endsWith(x)) s = s.slice(0, -x.length);
  return s;
}

export const STEMMED_LANGUAGES = ['en', 'ru', 'de', 'fr', 'ar'] as const;

/** The stem of one word in a language (ISO 639-1); a language without a stemmer gets the folded word. */
export function stem(word: string, language: string): string {
  const key = wordKey(word).replace(/’/g, "'");
  switch (language) {
    case 'en':
      return porter(key.replace(/'s$/, '').replace(/'/g, ''));
    case 'ru':
      return russian(key);
    case 'de':
      return german(key);
    case 'fr':
      return french(key);
    case 'ar':
      return arabic(key);
    default:
      return key;
  }
}
