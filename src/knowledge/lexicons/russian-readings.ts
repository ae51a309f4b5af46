// Other readings of a Russian word for the lexicon lookup. The light stemmer (stem.ts) strips the longest ending it
// knows, so the forms of one word do not always meet: "земли" → "зем" but "земля" → "земл"; and a fleeting vowel
// leaves the nominative longer than the other cases: "рынке" → "рынк" but "рынок" → "рынок", "уровне" → "уровн" but
// "уровень" → "уровен". A word whose own stem the lexicon lacks is tried again as each shorter ending leaves it, then
// with the fleeting о/е put back, the longest (least stripped) first.
import { wordKey } from '../gazetteer/index.js';
import { RU_ENDINGS, stem } from './stem.js';

const MIN_LETTERS = 3;
/** Consonants before which a fleeting vowel drops ("рынок" → "рынка", "отец" → "отца", "уровень" → "уровня"). */
const FLEETING_BEFORE = /[^аеёиоуыэюяь]([кцнлрв])$/u;
const VOWELS = /[аеёиоуыэюя]/u;

/** Candidate stems of a Russian word, as the lexicon keys them; none for a non-Cyrillic word. */
export function russianReadings(word: string): string[] {
  const key = wordKey(word).replace(/ё/g, 'е');
  if (!/^[а-я-]+$/u.test(key)) return [];
  const base = key.replace(/(?:ся|сь)$/u, '');
  const out: string[] = [];
  for (const s of RU_ENDINGS) {
    if (base.endsWith(s) && base.length - s.length >= MIN_LETTERS) out.push(base.slice(0, -s.length));
  }
  // Fleeting vowels: "рынк" → "рынок", "уровн" → "уровен" (the lexicon keys "уровень" without its soft sign).
  for (const r of [...out]) {
    const m = FLEETING_BEFORE.exec(r);
    if (m && VOWELS.test(r.slice(0, -2))) for (const v of ['о', 'е']) out.push(`${r.slice(0, -1)}${v}${m[1]}`);
  }
  // A feminine noun in -ь: its nominative loses -ть or -ь where its other cases lose -и, -ью ("нефть" → "неф" but
  // "нефти" → "нефт"; "власть" → "влас", "власти" → "власт"): read the stem as the nominative's.
  const soft: string[] = [];
  for (const r of out) {
    if (/[^аеёиоуыэюяьй]$/u.test(r)) soft.push(stem(`${r}ь`, 'ru'));
    else if (r.endsWith('ь')) soft.push(stem(r, 'ru'));
  }
  const seen = new Set<string>();
  return [...out.sort((a, b) => b.length - a.length), ...soft].filter((r) => !seen.has(r) && !!seen.add(r));
}
