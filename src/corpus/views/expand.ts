// Search across scripts and endings: a query term that names a gazetteer entity ("ISIS") becomes every name of that
// entity ("Daesh", "ИГИЛ", "داعش", …), and a Russian word ("Кабулова") its stem as a prefix ("Кабулов*"), so one
// query finds the same thing however each article wrote it. The result uses the engines' query grammar: words ANDed,
// "phrases", prefix*, and alternatives joined by | (store/sqlite/fts.ts, store/postgres/fts.ts).
import { loadGazetteer, nameKey } from '../../knowledge/gazetteer/index.js';

let namesByKey: Map<string, string[]> | null = null;

/** Every name of the gazetteer entries a name belongs to (built once per process). */
function namesOf(name: string): string[] {
  if (!namesByKey) {
    namesByKey = new Map();
    for (const e of loadGazetteer().entries) {
      const names = [e.canonical, ...Object.values(e.aliases).flat()];
      for (const n of names) namesByKey.set(nameKey(n), [...(namesByKey.get(nameKey(n)) ?? []), ...names]);
    }
  }
  // Two-letter names ("IS", "EI", "ИГ") are everyday words in some language: neither expanded nor added.
  const letters = (n: string): number => (n.match(/[\p{L}\p{N}]/gu) ?? []).length;
  if (letters(name) < 3) return [];
  const found = (namesByKey.get(nameKey(name)) ?? []).filter((n) => letters(n) >= 3);
  const seen = new Set<string>();
  return found.filter((n) => !seen.has(nameKey(n)) && !!seen.add(nameKey(n))).slice(0, 40);
}

// Russian inflection endings, longest first; the stem keeps at least four letters ("Кабулова" → "Кабулов").
const RU_ENDINGS = /(ами|ями|ого|его|ому|ему|ыми|ими|ой|ей|ом|ем|ам|ям|ах|ях|ую|юю|ая|яя|ые|ие|ый|ий|а|я|у|ю|е|ы|и|о)$/u;

/** A Cyrillic word as its stem with a trailing * (prefix search); other words unchanged. */
export function stemmed(word: string): string {
  if (!/^[\u0400-\u04FF]{5,}$/u.test(word)) return word;
  const stem = word.replace(RU_ENDINGS, '');
  return `${stem.length >= 4 ? stem : word}*`;
}

const atom = (name: string): string => (/^[\p{L}\p{M}\p{N}]+$/u.test(name) ? name : `"${(name.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ')}"`);

/** The user's query with gazetteer aliases and Russian stems added as alternatives. */
export function expandQuery(query: string): string {
  // The whole unquoted query may be one multi-word name ("Islamic State").
  if (!query.includes('"') && /\s/.test(query.trim()) && namesOf(query.trim()).length) return namesOf(query.trim()).map(atom).join('|');
  const parts: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"|([\p{L}\p{M}\p{N}]+)(\*)?/gu)) {
    const text = m[1] ?? m[2];
    const names = m[3] ? [] : namesOf(text);
    if (names.length) parts.push([...new Set([atom(text), ...names.map(atom)])].join('|'));
    else if (m[1] !== undefined) parts.push(`"${text}"`);
    else if (m[3]) parts.push(`${text}*`);
    else {
      const stem = stemmed(text);
      parts.push(stem === text ? text : `${text}|${stem}`);
    }
  }
  return parts.join(' ');
}
