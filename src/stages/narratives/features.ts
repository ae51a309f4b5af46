// What a stretch of text (a sentence, an example) says, as comparable keys: claim frames at every level of their
// concepts ("united-states>CREATE>isis", "west>CREATE>terrorism"), concept terms (c:isis, p:CREATE, n:<narrative>
// for its keywords), language-tagged word stems (w:en:creat) for same-language overlap, and interlingual keys
// (x:creat, k:create; src/knowledge/lexicons) that English examples share with sentences in ru, ar, de and fr.
import { interlingualKeys, secondaryKeys, stem } from '../../knowledge/lexicons/index.js';
import { termOf } from '../../retrieval/text.js';
import type { Concepts } from './concepts.js';
import { figuresIn } from './figures.js';
import { findFrames, type Frame } from './frames.js';
import { BLOCKING_CLASS } from './lexicon.js';
import { within, type Reading } from './reading.js';
import { spellingSlot, type Token } from './tokens.js';

export interface Features {
  /** Frame key → the frame that gave it (first one). */
  frames: Map<string, Frame>;
  /** Frame keys every frame of which is negated ("did not create"). */
  negated: Set<string>;
  /** Concept, predicate and keyword terms. */
  concepts: Set<string>;
  /** Word stems, tagged with the language. */
  words: Set<string>;
  /** Interlingual keys of the words (any language). */
  keys: Set<string>;
  /** The keys of each word that has some: a word counts once in a length, however many translations it has. */
  keyWords?: (readonly string[])[];
  /**
   * Topic concept (c:…) → the keys of the words of its mentions ("chemical attack", "sanctions"): what the text is
   * about, not what it claims about it (claim-keys.ts).
   */
  topicKeys?: Map<string, Set<string>>;
}

export function frameKeys(frame: Frame): string[] {
  const out: string[] = [];
  for (const a of frame.agent.concepts) for (const p of frame.patient.concepts) out.push(`${a}>${frame.cls}>${p}`);
  return out;
}

/** Features of the tokens [from, to) of a reading. */
export function featuresOf(r: Reading, from: number, to: number, concepts: Concepts): Features {
  const frames = new Map<string, Frame>();
  const affirmed = new Set<string>();
  for (const frame of findFrames(r, from, to, concepts)) {
    for (const key of frameKeys(frame)) {
      if (!frames.has(key) || (!frame.negated && frames.get(key)!.negated)) frames.set(key, frame);
      if (!frame.negated) affirmed.add(key);
    }
  }
  const negated = new Set([...frames.keys()].filter((k) => !affirmed.has(k)));
  const conceptTerms = new Set<string>();
  const participants = within(r.participants, from, to);
  for (const p of participants) for (const c of p.concepts) conceptTerms.add(`c:${c}`);
  for (const p of within(r.predicates, from, to)) if (p.cls !== BLOCKING_CLASS) conceptTerms.add(`p:${p.cls}`);
  for (const m of within(r.marks, from, to)) if (m.kind === 'keyword') conceptTerms.add(`n:${m.id}`);
  const words = new Set<string>();
  const keys = new Set<string>();
  const keyWords: (readonly string[])[] = [];
  // Names of actors are compared by their ids (c:), not by their words.
  const named = new Uint8Array(to - from);
  const topicKeys = new Map<string, Set<string>>();
  for (const p of participants) if (p.actor) named.fill(1, Math.max(0, p.from - from), Math.min(to, p.to) - from);
  // A figure of speech ("the noose tightens") stands, as one word, for the words it means (figures.ts): its own
  // words ("noose") say nothing an example would.
  const figures = figuresIn(r.tokens, from, to, r.language);
  for (const h of figures) named.fill(1, h.from - from, h.to - from);
  const byWord = wordFeaturesFor(concepts, r.language);
  for (let i = from; i < to; i++) {
    const t = r.tokens[i];
    if (!t.word) continue;
    const f = tokenFeatures(t, byWord, r.language, concepts);
    if (f.term) words.add(f.term);
    if (named[i - from] || !f.keys) continue;
    for (const k of f.keys) keys.add(k);
    // A capitalised word inside the sentence that no lexicon knows is a name the gazetteer lacks ("Alexeï
    // Mechkov"): it says who, not what, so it does not lengthen the sentence (German capitalises every noun).
    if (i > from && r.language !== 'de' && f.unknown && CAPITALISED.test(t.raw)) continue;
    keyWords.push(f.keys);
  }
  for (const p of participants) {
    if (p.actor) continue;
    for (let i = Math.max(from, p.from); i < Math.min(to, p.to); i++) {
      const f = r.tokens[i].word ? tokenFeatures(r.tokens[i], byWord, r.language, concepts) : null;
      if (!f?.keys) continue;
      for (const c of p.concepts) {
        const set = topicKeys.get(`c:${c}`) ?? new Set<string>();
        for (const k of f.keys) set.add(k);
        topicKeys.set(`c:${c}`, set);
      }
    }
  }
  for (const h of figures) {
    for (const k of h.figure.keys) keys.add(k);
    keyWords.push(h.figure.keys);
  }
  return { frames, negated, concepts: conceptTerms, words, keys, keyWords, topicKeys };
}

// Made once: a regular expression literal in the loop is a new object each time it is evaluated.
const CAPITALISED = /^\p{Lu}/u;

/** What one word as written gives, whatever its sentence: its tagged stem and its interlingual keys (null for none). */
interface WordFeatures {
  term: string | null;
  keys: readonly string[] | null;
  /** No lexicon knows the word: its only key is its own English-style stem. */
  unknown?: boolean;
}

// A word's further dictionary senses (secondaryKeys), by the keys array the word carries in keyWords: a word's
// keys array is made once per spelling (wordFeatures), so pairs and merged features, which copy the arrays, keep them.
const further = new WeakMap<readonly string[], readonly string[]>();

/** The further senses of a word of keyWords (x: keys its first senses leave out), if the dictionary has any. */
export function furtherSenses(word: readonly string[]): readonly string[] | undefined {
  return further.get(word);
}

// Every sentence of every document looks its words up again (stem, lexicons, core names): each word is worked out
// once per process, per concept set and language. Bounded: cleared when full, as the term and key caches are.
const wordCache = new WeakMap<Concepts, Map<string, Map<string, WordFeatures>>>();
const WORD_CACHE_LIMIT = 100_000;

function wordFeaturesFor(concepts: Concepts, language: string): Map<string, WordFeatures> {
  let byLanguage = wordCache.get(concepts);
  if (!byLanguage) wordCache.set(concepts, (byLanguage = new Map()));
  let byWord = byLanguage.get(language);
  if (!byWord) byLanguage.set(language, (byWord = new Map()));
  return byWord;
}

// The features of a token's spelling (tokens.ts) for the last language and concepts it was read with: a field read
// where the map lookup by its text would cost a hash probe per token of every sentence.
const FEATURES = spellingSlot();

interface SpellingFeatures {
  concepts: Concepts;
  language: string;
  value: WordFeatures;
}

function tokenFeatures(t: Token, byWord: Map<string, WordFeatures>, language: string, concepts: Concepts): WordFeatures {
  const memo = t.spelling?.memo;
  const kept = memo?.[FEATURES] as SpellingFeatures | undefined;
  if (kept && kept.concepts === concepts && kept.language === language) return kept.value;
  const value = wordFeatures(byWord, t.raw, language, concepts);
  if (memo) memo[FEATURES] = { concepts, language, value };
  return value;
}

function wordFeatures(byWord: Map<string, WordFeatures>, raw: string, language: string, concepts: Concepts): WordFeatures {
  const hit = byWord.get(raw);
  if (hit) return hit;
  const term = termOf(raw.toLowerCase(), language);
  const own = interlingualKeys(raw, language);
  let word: string[] | null = null;
  for (const k of own) {
    // A name the core vocabulary knows ("Bündnis", "американские") stands for its entity, as the gazetteer's do.
    const id = k.startsWith('e:') ? k.slice(2) : null;
    if (id && concepts.known(id)) (word ??= own.filter((x) => x !== k)).push(...concepts.of(id).map((c) => `c:${c}`));
  }
  const value: WordFeatures = { term: term ? `w:${language}:${term}` : null, keys: own.length ? (word ?? own) : null, unknown: own.length === 1 && own[0] === `x:${stem(raw.toLowerCase(), 'en')}` };
  const more = value.keys ? secondaryKeys(raw, language) : [];
  if (more.length) further.set(value.keys!, more);
  if (byWord.size >= WORD_CACHE_LIMIT) byWord.clear();
  byWord.set(raw, value);
  return value;
}

/** The features of several stretches as one (a whole document, for the case list). */
export function mergeFeatures(list: Features[]): Features {
  const frames = new Map<string, Frame>();
  const affirmed = new Set<string>();
  const concepts = new Set<string>();
  const words = new Set<string>();
  const keys = new Set<string>();
  const keyWords: (readonly string[])[] = [];
  const topicKeys = new Map<string, Set<string>>();
  for (const f of list) {
    for (const [key, frame] of f.frames) {
      if (!frames.has(key)) frames.set(key, frame);
      if (!f.negated.has(key)) affirmed.add(key);
    }
    f.concepts.forEach((t) => concepts.add(t));
    f.words.forEach((t) => words.add(t));
    f.keys.forEach((t) => keys.add(t));
    if (f.keyWords) keyWords.push(...f.keyWords);
    for (const [c, set] of f.topicKeys ?? []) topicKeys.set(c, new Set([...(topicKeys.get(c) ?? []), ...set]));
  }
  return { frames, negated: new Set([...frames.keys()].filter((k) => !affirmed.has(k))), concepts, words, keys, keyWords, topicKeys };
}
