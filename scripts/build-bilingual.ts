// Builds src/knowledge/lexicons/data/<lang>.tsv: foreign stem → English stems (the interlingual keys), derived
// from Debian's FreeDict dictionaries (apt-get install dict-freedict-{eng-rus,ara-eng,deu-eng,fra-eng,eng-ara,
// eng-deu,eng-fra,deu-rus,fra-rus,fra-deu}). Only English stems that news uses are kept: first those found in at least
// three texts of the UA narrative cases, the EUvsDisinfo case titles and the built-in catalogue, else general news
// (PTC articles, CLEF claims; ../shared/datasets): see englishVocabularies.
// Russian also goes through German and French (dict-freedict-deu-rus, dict-freedict-fra-rus): FreeDict's English–
// Russian list is small (≈1,700 entries), so a Russian word a German or French headword translates gets that
// headword's English stems (a pivot: noisier, so a direct entry outweighs it). French words that fra-eng and eng-fra
// lack go through German (dict-freedict-fra-deu). Pivot data is CC-BY-SA-3.0 (see PIVOTS).
// Usage: npx tsx scripts/build-bilingual.ts [--dicts /usr/share/dictd] [--min-df 3]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { DATASETS } from '../eval/dataset-paths.js';
import { stem } from '../src/knowledge/lexicons/stem.js';
import { isStopWord } from '../src/knowledge/lexicons/stopwords.js';

const { values } = parseArgs({ options: { dicts: { type: 'string', default: '/usr/share/dictd' }, 'min-df': { type: 'string', default: '3' } } });
const DICTS = values.dicts!;
const MIN_DF = Number(values['min-df']);
const OUT = new URL('../src/knowledge/lexicons/data/', import.meta.url);
// English stems kept per foreign stem. Four were tried (2026-12-06): one more catb article found, one blind4 article
// lost and one blind6 false positive: no better on the splits tuned on, so three stay.
const PER_STEM = 3;
// Further English stems per foreign stem, written in a fourth column: senses the first three leave out ("رقمي" →
// digital after numer, figur). The matcher reads one only where none of the word's first senses meets a catalogue
// example (src/knowledge/lexicons/README.md), so they add no stray sense to a word that already meets one.
const MORE_PER_STEM = 6;
const MAX_DE_HEAD = 10;

/** Dictionaries by foreign language: direction tells which side is English. */
const SOURCES: Record<string, { name: string; foreignFirst: boolean; licence: string }[]> = {
  de: [
    { name: 'deu-eng', foreignFirst: true, licence: 'GPL-3+' },
    { name: 'eng-deu', foreignFirst: false, licence: 'GPL-3+' },
  ],
  fr: [
    { name: 'fra-eng', foreignFirst: true, licence: 'GPL-2+' },
    { name: 'eng-fra', foreignFirst: false, licence: 'GPL-2+' },
  ],
  ar: [
    { name: 'ara-eng', foreignFirst: true, licence: 'GPL-2+' },
    { name: 'eng-ara', foreignFirst: false, licence: 'GPL-2+' },
  ],
  // Polish is no language of the matcher: its table (not written) is only the bridge of Russian's Polish pivot.
  // GPL-3+ and GFDL-1.2+ per /usr/share/doc/dict-freedict-eng-pol/copyright (Files: eng-pol/*).
  pl: [{ name: 'eng-pol', foreignFirst: false, licence: 'GPL-3+, GFDL-1.2+' }],
  // After de, fr and pl: its pivots go through their tables.
  ru: [{ name: 'eng-rus', foreignFirst: false, licence: 'GPL-2+' }],
};
/** Languages built only as a pivot's bridge: no table is written for them. */
const BRIDGE_ONLY = new Set(['pl']);

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

/** Stem → number of texts it occurs in, for stems in at least MIN_DF texts. */
function documentFrequency(texts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const m of text.toLowerCase().matchAll(WORD)) {
      if (m[0].length < 3 || /[^a-z'’]/.test(m[0]) || isStopWord(m[0], 'en')) continue;
      seen.add(stem(m[0], 'en'));
    }
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  return new Map([...df].filter(([, n]) => n >= MIN_DF));
}

/**
 * Two English vocabularies. `narrow`: the words of disinformation narratives (UA cases, EUvsDisinfo titles, the
 * built-in catalogue); a foreign word's senses in it come first, as they always did. `wide`: those plus general news
 * English (the PTC news articles, one text each, and the CLEF 2020 fact-checked claims, one a line), used only for a
 * foreign word with no sense in `narrow`, so that an analyst catalogue on another topic (grain, organs, 5G, ballots)
 * still finds its words without adding rare senses to words that already had keys.
 */
function englishVocabularies(): { narrow: Map<string, number>; wide: Map<string, number> } {
  const texts: string[] = [];
  const ua = `${DATASETS}/narratives/ua-disinfo-narratives-catalogue/narratives-cases-en.json`;
  const eu = `${DATASETS}/narratives/euvsdisinfo-cases-2021/posts.csv`;
  if (!existsSync(ua) || !existsSync(eu)) throw new Error(`datasets not found under ${DATASETS} (set CLAIMTRAIL_DATASETS)`);
  for (const row of JSON.parse(readFileSync(ua, 'utf8')) as Record<string, string | null>[]) texts.push([row.Narrative, row.Fakes, row.Disinfo_cases_en].filter(Boolean).join(' '));
  // The case list is CSV; titles are the claims, so every line's words count (URLs and dates fall out below).
  for (const line of readFileSync(eu, 'utf8').split('\n')) texts.push(line);
  texts.push(readFileSync(new URL('../src/knowledge/narratives/data/catalogue.json', import.meta.url), 'utf8'));
  const news: string[] = [];
  const ptc = `${DATASETS}/techniques/ptc/train-articles`;
  if (!existsSync(ptc)) throw new Error(`${ptc} not found (the PTC articles give the wide vocabulary)`);
  for (const f of readdirSync(ptc)) if (f.endsWith('.txt')) news.push(readFileSync(`${ptc}/${f}`, 'utf8'));
  const claims = `${DATASETS}/claim-retrieval/clef2020-t2/verified_claims.docs.tsv`;
  if (!existsSync(claims)) throw new Error(`${claims} not found (the CLEF claims give the wide vocabulary)`);
  for (const line of readFileSync(claims, 'utf8').split('\n')) news.push(line);
  return { narrow: documentFrequency(texts), wide: documentFrequency([...texts, ...news]) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((v, c) => v * 64 + B64.indexOf(c), 0);

/** Headword → translations (one dictd entry each): first line is the headword, then sense lines until a blank line. */
function* entries(name: string): Generator<{ head: string; senses: string[] }> {
  const dict = gunzipSync(readFileSync(`${DICTS}/freedict-${name}.dict.dz`));
  for (const line of readFileSync(`${DICTS}/freedict-${name}.index`, 'utf8').split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || !len || head.startsWith('00database')) continue;
    const body = dict.subarray(b64(off), b64(off) + b64(len)).toString('utf8').split('\n');
    const senses: string[] = [];
    for (const l of body.slice(1)) {
      if (!l.trim() || /^\s{3,}|^\s*(Synonyms?|see|Note):/.test(l)) break;
      // Sense numbers: "2.", and eng-pol's part-of-speech groups "I.  <Adj> 1.  potrójny".
      senses.push(l.replace(/^\s*(?:[IVX]+\.\s*(?:<[^>]*>\s*)?)?(?:\d+\.\s*)?/, ''));
    }
    yield { head, senses };
  }
}

/** Pivot dictionaries by foreign language: the other side is a language built before it (its table is the bridge). */
interface Pivot {
  name: string;
  /** The language of the other side, built before (its table is the bridge to English). */
  via: string;
  licence: string;
  /** The headword is in the language being built (fra-deu for fr); else it is in `via` (deu-rus for ru). */
  foreignFirst?: boolean;
  /** Only for stems no direct dictionary gave: a pivot then adds words, never senses to a word already known. */
  fillOnly?: boolean;
}
/** Pivot dictionaries by language being built. */
const PIVOTS: Record<string, Pivot[]> = {
  // French has the smallest direct lists (≈8,500 entries each way): French–German fills the words they lack. It
  // carries a gloss in the headword's language after the translations, so only the first line is read. deu-fra was
  // tried too and left out: more words, but more stray senses (narratives eval, 2026-12-06: lower F1 than fra-deu alone).
  // CC-BY-SA-3.0 per /usr/share/doc/dict-freedict-fra-deu/copyright (Files: fra-deu/*).
  fr: [{ name: 'fra-deu', via: 'de', licence: 'CC-BY-SA-3.0', foreignFirst: true, fillOnly: true }],
  ru: [
    // Both CC-BY-SA-3.0 per /usr/share/doc/dict-freedict-deu-rus/copyright (Files: deu-rus/*, fra-rus/*).
    { name: 'deu-rus', via: 'de', licence: 'CC-BY-SA-3.0' },
    { name: 'fra-rus', via: 'fr', licence: 'CC-BY-SA-3.0' },
    // Polish is close to Russian and pol-rus is the largest Russian list (≈26,500 headwords, WikDict): it gives
    // words the others lack ("суверенитет" through "suwerenność"). CC-BY-SA-3.0 per
    // /usr/share/doc/dict-freedict-pol-rus/copyright (Files: pol-rus/*); its bridge is eng-pol (GPL-3+, GFDL-1.2+).
    { name: 'pol-rus', via: 'pl', licence: 'CC-BY-SA-3.0' },
  ],
};
/** A direct translation counts this many times a pivot one. */
const DIRECT_WEIGHT = 3;
/** English stems taken from a pivot headword (its most attested). */
const PIVOT_STEMS = 2;

/** Stems of the core vocabulary's words in a language (src/knowledge/lexicons/data/core.yml). */
function coreStems(language: string): string[] {
  const core = parse(readFileSync(new URL('../src/knowledge/lexicons/data/core.yml', import.meta.url), 'utf8')) as { terms?: Record<string, string[]> }[];
  return core.flatMap((entry) => (entry.terms?.[language] ?? []).map((w) => stem(w, language)));
}

type Senses = Map<string, { n: number; from: string }>;
type Pairs = Map<string, Senses>;
const built = new Map<string, Pairs>();

const FILLER = new Set(['etw', 'jdn', 'jdm', 'jds', 'sich', 'sth', 'sb', 'to', 'se', "s'", 'der', 'die', 'das', 'le', 'la', 'les', "l'", 'un', 'une', 'a', 'an', 'the', 'ein', 'eine']);

/** The content words of a headword or a translation ("etw. erstellen <v, trans>" → ["erstellen"]). */
function words(phrase: string): string[] {
  const clean = phrase.replace(/<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|\/[^/]*\//g, ' ');
  return [...clean.matchAll(WORD)].map((m) => m[0]).filter((w) => !FILLER.has(w.toLowerCase()));
}

/**
 * A foreign stem's English stems, best first: those of the narrow vocabulary where it has any (most attested first,
 * then the more frequent in narrative texts), else those of the wide one.
 */
function ranked(m: Senses, tieBreak: boolean): [string, { n: number; from: string }][] {
  const all = [...m];
  const narrowOnes = all.filter(([e]) => vocabularies.narrow.has(e));
  const pool = narrowOnes.length ? narrowOnes : all;
  const df = narrowOnes.length ? vocabularies.narrow : vocabularies.wide;
  return pool.sort((a, b) => b[1].n - a[1].n || (tieBreak ? (df.get(b[0]) ?? 0) - (df.get(a[0]) ?? 0) : 0));
}

function build(language: string): void {
  const vocabulary = vocabularies.wide;
  // foreign stem → English stem → [count, first headword seen]
  const pairs: Pairs = new Map();
  const add = (foreign: string, english: string, from: string, weight = DIRECT_WEIGHT, englishIsStem = false) => {
    const f = stem(foreign, language);
    const e = englishIsStem ? english : stem(english, 'en');
    if (f.length < 2 || !vocabulary.has(e) || isStopWord(foreign.toLowerCase(), language) || isStopWord(english.toLowerCase(), 'en')) return;
    const m = pairs.get(f) ?? new Map<string, { n: number; from: string }>();
    const hit = m.get(e);
    if (hit) hit.n += weight;
    else m.set(e, { n: weight, from });
    pairs.set(f, m);
  };
  const used: string[] = [];
  for (const source of SOURCES[language]) {
    if (!existsSync(`${DICTS}/freedict-${source.name}.index`)) throw new Error(`freedict-${source.name} not found in ${DICTS} (apt-get install dict-freedict-${source.name})`);
    used.push(`${source.name} (${source.licence})`);
    for (const { head, senses } of entries(source.name)) {
      const headWords = words(head.split(/[,;]/)[0]);
      if (headWords.length !== 1) continue;
      // Long German compounds are left out (the matcher finds their head by its tail): a tenth of the size.
      if (language === 'de' && headWords[0].length > MAX_DE_HEAD) continue;
      for (const sense of senses) {
        for (const part of sense.split(/[,;]/)) {
          const w = words(part);
          if (w.length !== 1) continue; // a multi-word translation names a sense, not a word
          if (source.foreignFirst) add(headWords[0], w[0], `${source.name}:${head}`);
          else add(w[0], headWords[0], `${source.name}:${head}`);
        }
      }
    }
  }
  // A word the hand-written core vocabulary knows has its sense already: a fill-only pivot leaves it alone too.
  const direct = new Set([...pairs.keys(), ...coreStems(language)]);
  // Other languages bridge through the direct entries only: a pivot of a pivot is too loose.
  built.set(language, new Map(pairs));
  for (const pivot of PIVOTS[language] ?? []) {
    const bridge = built.get(pivot.via);
    if (!bridge) throw new Error(`pivot ${pivot.name} needs the ${pivot.via} table built first`);
    if (!existsSync(`${DICTS}/freedict-${pivot.name}.index`)) throw new Error(`freedict-${pivot.name} not found in ${DICTS} (apt-get install dict-freedict-${pivot.name})`);
    // A bridge-only language's table is not written: its sources are named here, with their licences.
    const via = BRIDGE_ONLY.has(pivot.via) ? `${pivot.via} (${SOURCES[pivot.via].map((x) => `${x.name}: ${x.licence}`).join(', ')})` : pivot.via;
    used.push(`${pivot.name} (${pivot.licence}) through ${via}`);
    const englishOf = (word: string) => {
      const bridged = bridge.get(stem(word, pivot.via));
      return bridged ? ranked(bridged, false).slice(0, PIVOT_STEMS) : [];
    };
    const addPivot = (foreign: string, english: [string, unknown][], from: string) => {
      if (pivot.fillOnly && direct.has(stem(foreign, language))) return;
      for (const [e] of english) add(foreign, e, from, 1, true);
    };
    for (const { head, senses } of entries(pivot.name)) {
      const headWords = words(head.split(/[,;]/)[0]);
      if (headWords.length !== 1) continue;
      const from = `${pivot.name}:${head.replace(/\s*\/.*$/, '')}`;
      // Cyrillic senses only: the Russian pivots also carry glosses in the headword's language. The French–German
      // one: the first line, the translations (a trailing sense number "2." dropped), then glosses.
      const lines = language === 'ru' ? senses : senses.slice(0, 1).map((l) => l.replace(/\s+\d+\.\s*$/, ''));
      const translations = lines.flatMap((l) => l.split(/[,;]/)).map(words).filter((w) => w.length === 1).map((w) => w[0]);
      if (language === 'ru' && translations.some((w) => !/^[\p{Script=Cyrillic}-]+$/u.test(w))) {
        translations.splice(0, translations.length, ...translations.filter((w) => /^[\p{Script=Cyrillic}-]+$/u.test(w)));
      }
      if (pivot.foreignFirst) {
        // Every German translation's English stems, pooled.
        const english = new Map<string, [string, unknown]>();
        for (const t of translations) for (const hit of englishOf(t)) english.set(hit[0], hit);
        addPivot(headWords[0], [...english.values()], from);
      } else {
        const english = englishOf(headWords[0]);
        if (!english.length) continue;
        for (const t of translations) addPivot(t, english, from);
      }
    }
  }
  const lines = [...pairs]
    .map(([f, m]) => {
      const best = ranked(m, true).slice(0, PER_STEM);
      // The rest, narrow and wide vocabulary alike, most attested first, then the more frequent in news.
      const taken = new Set(best.map(([e]) => e));
      const more = [...m].filter(([e]) => !taken.has(e)).sort((a, b) => b[1].n - a[1].n || (vocabularies.wide.get(b[0]) ?? 0) - (vocabularies.wide.get(a[0]) ?? 0)).slice(0, MORE_PER_STEM);
      return `${f}\t${best.map(([e]) => e).join(' ')}\t${best[0][1].from}${more.length ? `\t${more.map(([e]) => e).join(' ')}` : ''}`;
    })
    .sort();
  const header = [
    `# ${language} stem → English stems (interlingual keys), derived by scripts/build-bilingual.ts from FreeDict: ${used.join(', ')}.`,
    `# Derived data under the licences of its sources, stated per dictionary above (GPL-n+: the GNU GPL, version n or later; GFDL-1.2+: the GNU Free Documentation License, version 1.2 or later; CC-BY-SA-3.0: Creative Commons Attribution-ShareAlike 3.0, FreeDict contributors); see README.md here.`,
    `# Columns: stem, English stems (most attested first), the dictionary entry that gave the first, further English stems (read only where the first meet no example).`,
  ];
  if (BRIDGE_ONLY.has(language)) {
    console.log(`${language}: ${lines.length} stems from ${used.join(', ')} (bridge only, not written)`);
    return;
  }
  writeFileSync(new URL(`${language}.tsv`, OUT), `${[...header, ...lines].join('\n')}\n`);
  console.log(`${language}: ${lines.length} stems from ${used.join(', ')}`);
}

const vocabularies = englishVocabularies();
console.log(`English vocabulary: ${vocabularies.narrow.size} narrative stems, ${vocabularies.wide.size} with news (document frequency >= ${MIN_DF})`);
for (const language of Object.keys(SOURCES)) build(language);
