// Other readings of an Arabic word for the lexicon lookup. Light10 (stem.ts) strips the article and و, and a few
// noun endings; Arabic writes more onto a word than that: the prepositions ب ل ك, the conjunction ف, the future س
// ("لإفقار" = for + impoverishing, "ستواصل" = will continue), the present-tense prefixes ي ت ن ("تدعم" she supports,
// "يهدف" it aims), the past-tense and pronoun endings ت وا نا تم هم كم ("أعلنت" she announced, "عائلاتهم" their
// families) and the alif of tanween ("فريقاً"). The dictionaries list bare forms (دعم, هدف, اعلن, افقار), so a word
// whose own stem is unknown is tried again without them, the least stripped reading first.
import { wordKey } from '../gazetteer/index.js';

/** Proclitic clusters, longest first (after wordKey: hamza-alef folded to ا). */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وس', 'فس', 'وك', 'فك', 'ب', 'ل', 'ف', 'ك', 'س', 'و'];
/** Present-tense person prefixes; ا (first person) is left out: too many nouns begin with it. */
const VERB_PREFIXES = ['ي', 'ت', 'ن'];
/**
 * Possessive pronouns. Before one, the feminine ending ة is written ت ("سيادتها" her sovereignty = سيادة + ها), so
 * the word is read again with ة (folded to ه by wordKey, as the lexicon keys it).
 */
const POSSESSIVES = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ي', 'ك'];
const SUFFIXES = ['تموها', 'هما', 'كما', 'تما', 'تم', 'وا', 'نا', 'هم', 'هن', 'كم', 'كن', 'ت', 'ا'];
/** A reading shorter than this is as likely another word ("تحت" under is not ت + حت). */
const MIN_LETTERS = 3;
const MAX_READINGS = 12;

/** The word's other readings, as written forms to stem, the least stripped first; none for a non-Arabic word. */
export function arabicReadings(word: string): string[] {
  const key = wordKey(word);
  if (!/^[\u0621-\u064a]+$/u.test(key)) return [];
  const out: { form: string; cut: number }[] = [];
  const heads = [{ form: key, cut: 0 }];
  for (const p of PROCLITICS) if (key.startsWith(p) && key.length - p.length >= MIN_LETTERS) heads.push({ form: key.slice(p.length), cut: p.length });
  for (const h of [...heads]) {
    for (const v of VERB_PREFIXES) {
      if (h.form.startsWith(v) && h.form.length - v.length >= MIN_LETTERS) heads.push({ form: h.form.slice(v.length), cut: h.cut + v.length });
    }
  }
  for (const h of heads) {
    if (h.cut) out.push(h);
    for (const s of POSSESSIVES) {
      const bare = h.form.slice(0, -s.length);
      if (h.form.endsWith(s) && bare.endsWith('ت') && bare.length >= MIN_LETTERS) out.push({ form: `${bare.slice(0, -1)}ه`, cut: h.cut + s.length });
    }
    for (const s of SUFFIXES) {
      if (h.form.endsWith(s) && h.form.length - s.length >= MIN_LETTERS) out.push({ form: h.form.slice(0, -s.length), cut: h.cut + s.length });
    }
  }
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.cut - b.cut)
    .map((r) => r.form)
    .filter((f) => !seen.has(f) && !!seen.add(f))
    .slice(0, MAX_READINGS);
}

/**
 * Broken plurals, read back as their singular's stem (as Light10 keys it: ة dropped), by the commonest patterns:
 * أفعال ("اسعار" prices → سعر), فعول ("شعوب" → شعب), فواعل ("جوائح" pandemics → جائح), فعائل ("رسائل" → رسال,
 * "وسائل" → وسيل), مفاعل ("مصادر" → مصدر), مفاعيل ("مشاريع" → مشروع), فعلاء ("وزراء" ministers → وزير) and, last,
 * فعال ("رجال" → رجل). Applied to a stem the lexicon lacks: a known word is never read as a plural.
 */
const BROKEN_PLURALS: [RegExp, string][] = [
  [/^ا(.)(.)ا(.)$/u, '$1$2$3'],
  [/^(.)(.)و(.)$/u, '$1$2$3'],
  [/^(.)وا(.)(.)$/u, '$1ا$2$3'],
  [/^(.)(.)ائ(.)$/u, '$1$2ا$3'],
  [/^(.)(.)ائ(.)$/u, '$1$2ي$3'],
  [/^م(.)ا(.)(.)$/u, 'م$1$2$3'],
  [/^م(.)ا(.)ي(.)$/u, 'م$1$2و$3'],
  [/^(.)(.)(.)اء$/u, '$1$2ي$3'],
  [/^(.)(.)ا(.)$/u, '$1$2$3'],
];

/** Singular stems a broken-plural stem may have, the likeliest pattern first; none for a non-Arabic stem. */
export function brokenPluralSingulars(stem: string): string[] {
  if (!/^[\u0621-\u064a]+$/u.test(stem)) return [];
  const out: string[] = [];
  for (const [re, to] of BROKEN_PLURALS) if (re.test(stem)) out.push(stem.replace(re, to));
  return [...new Set(out)];
}
