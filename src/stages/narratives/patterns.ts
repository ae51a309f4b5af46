// A catalogue compiled for matching: one pattern per example (its features), plus one per narrative that names its
// frame outright (accused entities × predicates × objects), indexed by frame key and by topic term.
import type { Narrative } from '../../knowledge/narratives/index.js';
import type { Concepts } from './concepts.js';
import { featuresOf, type Features } from './features.js';
import { read, type Mark, type Reading, type ReadingTools } from './reading.js';
import { negationScope } from './negation.js';
import { backgroundFactor } from './background-df.js';
import { coreActors } from './core-entities.js';
import { claimKeys } from './claim-keys.js';
import { narrativeKeys } from './specific.js';
import { narrativeTargets } from './topic-targets.js';
import { indexSimilarity, similarityTerms, type SimilarityIndex } from './similar.js';
import { detectedLanguage } from './text-languages.js';

export interface Pattern {
  narrative: number;
  /** The example text, or for a frame pattern "accused → PREDICATE → object". */
  text: string;
  example: boolean;
  language: string;
  frames: Set<string>;
  concepts: Set<string>;
  words: Set<string>;
  /**
   * An example that says its claim as a denial, with a negation of its own ("had nothing to do with", "was not a
   * genocide"). In a denial narrative, an own-voice sentence that meets such an example with no negation and no
   * verdict says the opposite (stance.ts).
   */
  negative?: boolean;
  /** An example with a verdict word ("is a Western lie"): a denial too, though no negation says it. */
  verdict?: boolean;
  /**
   * Of a negative example: what its negation bears on, one entry per word (its interlingual keys) or named actor (its
   * c: term), e.g. "death", "opposition", "leader" in "had nothing to do with the death of the opposition leader".
   */
  denied?: string[][];
}

export interface CompiledCatalogue {
  narratives: Narrative[];
  patterns: Pattern[];
  /** Frame key → patterns that carry it. */
  byFrame: Map<string, number[]>;
  /** Topic term (p:, n:, topic c:) → frameless patterns that carry it. */
  byTopic: Map<string, number[]>;
  /** Inverse document frequency of concept terms and words over patterns. */
  idf: Map<string, number>;
  /** Narrative id → the ids of its ancestors. */
  ancestors: Map<string, string[]>;
  /** The examples of example-only narratives (no keywords, entities or predicates), for similarity matching. */
  similar?: SimilarityIndex;
  /** Example-only narrative → the actors a sentence must name to meet it by similarity (core-entities.ts). */
  core?: Map<number, Set<string>>;
  /** Per pattern: the claim words a sentence must share with it to meet it by similarity (claim-keys.ts). */
  claims?: (Set<string> | null)[];
  /** Example-only narrative → every key of its statements, to tell two narratives met together apart (specific.ts). */
  narrativeKeys?: Map<number, Set<string>>;
  /**
   * Per narrative: its claim is itself a denial ("Russian hackers are a myth", "Iran has never sent drones", "the
   * doping scandal was fabricated"): a third or more of its examples hold a verdict word (stance.ts). Such a
   * narrative's example patterns (a sentence that says one of their claims says its verdict words); null for the others.
   */
  denials?: (number[] | null)[];
  /**
   * Per narrative: the frame keys of each of its examples as read (every example, long or left out as a pattern),
   * in order: the claim aims (topic-targets.ts) read them, and reading the examples again at the first document
   * cost as much as this compile.
   */
  exampleFrames?: string[][];
  /**
   * Per pattern: the keys of the words an example itself negates ("never EXISTED as a nation", "there was no
   * MASSACRE"), words plain news uses everywhere left out; null where it negates none. A sentence's negation of one of
   * them says the claim (stance.ts).
   */
  negatedKeys?: (Set<string> | null)[];
}

/** Sentence embeddings (unit length), from a backend such as src/knowledge/embeddings. */
export type Embed = (texts: string[]) => Float32Array[];

/** A narrative given by examples alone: it is matched by similarity, since it has no frame to meet. */
export function exampleOnly(n: Narrative): boolean {
  return !Object.keys(n.keywords).length && !n.entities.length && !n.predicates.length;
}

/** Examples longer than this many tokens are passages, not claims. */
const MAX_FRAME_EXAMPLE = 40;

export function languageOf(text: string, given: string | null): string {
  if (given) return given;
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  if (text.length < 40) return 'en';
  return detectedLanguage(text);
}

/** Whether languageOf asks tinyld about a text (none given, no Cyrillic or Arabic letters, 40 characters or more). */
export function detectsLanguage(text: string, given: string | null): boolean {
  return !given && !/[\u0400-\u04ff]/.test(text) && !/[\u0600-\u06ff]/.test(text) && text.length >= 40;
}

/** The texts of a catalogue whose language compileCatalogue has tinyld read (text-languages.ts keeps the built-in ones'). */
export function detectedTexts(narratives: readonly Narrative[]): string[] {
  const out = new Set<string>();
  for (const n of narratives) {
    for (const e of n.examples) if (detectsLanguage(e.text, e.language)) out.add(e.text);
    if (exampleOnly(n)) for (const text of [n.title, n.description]) if (text?.trim() && detectsLanguage(text, null)) out.add(text);
  }
  return [...out];
}

export function compileCatalogue(narratives: Narrative[], tools: ReadingTools, topics: ReadonlySet<string>, embed?: Embed): CompiledCatalogue {
  const patterns: Pattern[] = [];
  const similar: { pattern: number; terms: Set<string>; text: string }[] = [];
  const topicKeys = new Map<number, Map<string, Set<string>>>();
  const predicateClasses = new Map<number, Set<string>>();
  const denials: (number[] | null)[] = [];
  const exampleFrames: string[][] = [];
  const negatedKeys: (Set<string> | null)[] = [];
  narratives.forEach((n, index) => {
    const keyword = Object.keys(n.keywords).length ? `n:${n.id}` : null;
    const spec = specFrames(n);
    let denying = 0;
    let negatives = 0;
    const read_ = n.examples.map((example) => {
      const language = languageOf(example.text, example.language);
      const r = read(example.text, language, tools);
      const verdict = r.marks.some((m) => m.kind === 'refute');
      // A verdict word alone is no denial here: "Western media lie" accuses, where "had nothing to do with" denies.
      const negation = r.marks.find((m) => m.kind === 'negation' && m.id !== 'negation-denial');
      const negative = !!negation;
      if (verdict) denying++;
      if (negative) negatives++;
      const denied = negation ? deniedWords(r, negation, tools.concepts) : undefined;
      const f = featuresOf(r, 0, r.tokens.length, tools.concepts);
      return { example, language, negative, verdict, denied, long: r.tokens.length > MAX_FRAME_EXAMPLE, f, negated: negatedWords(r, tools.concepts, f) };
    });
    // Which example frames are the narrative's claim: those that fit its frame where it names one; otherwise those
    // at least two of its examples share (one suffices in a catalogue of one or two), so that an incidental frame
    // ("… uses Islamist extremists …" in a moral-decay example) does not stand for the narrative. A long example (a
    // quoted passage) gives its words and concepts only. Listed predicates filter as well.
    exampleFrames[index] = read_.flatMap((x) => [...x.f.frames.keys()]);
    const support = new Map<string, number>();
    for (const x of read_) if (!x.long) for (const key of x.f.frames.keys()) support.set(key, (support.get(key) ?? 0) + 1);
    const needed = n.examples.length <= 2 ? 1 : 2;
    const fits = (key: string) =>
      spec ? spec.has(key) : (support.get(key) ?? 0) >= needed && (!n.predicates.length || n.predicates.includes(key.split('>')[1]));
    // A word some example of the narrative says plainly is its topic ("the moon" of "never landed on the moon" beside
    // "filmed the moon landing"): only words its examples say nowhere but under a negation are negated claim words.
    const plain = new Set(read_.flatMap((x) => [...x.negated.plain]));
    for (const { example, language, negative, verdict, denied, long, f, negated } of read_) {
      const own = [...negated.negated].filter((key) => !plain.has(key));
      const frames = long ? new Set<string>() : new Set([...f.frames.keys()].filter(fits));
      if (spec && !frames.size) continue;
      if (keyword) f.concepts.add(keyword);
      if (exampleOnly(n)) {
        similar.push({ pattern: patterns.length, terms: similarityTerms(f), text: example.text });
        topicKeys.set(patterns.length, f.topicKeys ?? new Map());
        predicateClasses.set(patterns.length, new Set([...f.concepts].filter((t) => t.startsWith('p:'))));
      }
      negatedKeys[patterns.length] = own.length ? new Set(own) : null;
      patterns.push({ narrative: index, text: example.text, example: true, language, frames, concepts: f.concepts, words: f.words, negative, verdict, denied });
    }
    // A verdict word in a third of the examples, or a negation in most of them ("Srebrenica was not a genocide",
    // "The Kremlin had nothing to do with …"): a catalogue of denials in plain negations is one too.
    // The title states the claim in the analyst's words: a title that denies ("The Kremlin had nothing to do with
    // Nemtsov's murder", "The balloon was not a spy balloon") makes the narrative a denial, even where its examples
    // say the same denial as an affirmation ("The murder was a provocation staged to blacken Russia") or with a
    // denying determiner ("There was no espionage equipment"), which is no negation mark.
    const denial = n.examples.length > 0 && (denying * 3 >= n.examples.length || negatives * 2 > n.examples.length || titleDenies(n, tools));
    denials[index] = denial ? patterns.flatMap((p, i) => (p.narrative === index && p.example ? [i] : [])) : null;
    // An example-only narrative's title and description are the analyst's own statements of the claim: more words
    // for the same claim (allies, fund, protect; surround, threaten), so they are compared like examples, for
    // similarity only (no frames, no concepts: they stand for no example in the output).
    if (exampleOnly(n)) {
      for (const text of [n.title, n.description]) {
        if (!text?.trim()) continue;
        const r = read(text, languageOf(text, null), tools);
        const f = featuresOf(r, 0, r.tokens.length, tools.concepts);
        similar.push({ pattern: patterns.length, terms: similarityTerms(f), text });
        topicKeys.set(patterns.length, f.topicKeys ?? new Map());
        predicateClasses.set(patterns.length, new Set([...f.concepts].filter((t) => t.startsWith('p:'))));
        patterns.push({ narrative: index, text, example: false, language: r.language, frames: new Set(), concepts: new Set(), words: new Set() });
      }
    }
    if (spec) {
      const concepts = new Set([...n.entities.filter((e) => e.role === 'accused' || e.role === 'object').map((e) => `c:${e.id}`), ...n.predicates.map((p) => `p:${p}`)]);
      if (keyword) concepts.add(keyword);
      const text = describeSpec(n);
      patterns.push({ narrative: index, text, example: false, language: 'en', frames: spec, concepts, words: new Set() });
    }
  });
  const byFrame = new Map<string, number[]>();
  const byTopic = new Map<string, number[]>();
  const df = new Map<string, number>();
  patterns.forEach((p, i) => {
    for (const key of p.frames) push(byFrame, key, i);
    if (!p.frames.size) for (const t of p.concepts) if (isTopic(t, topics)) push(byTopic, t, i);
    for (const t of [...p.concepts, ...p.words, ...p.frames]) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + patterns.length / n));
  const vectors = embed && similar.length ? embed(similar.map((e) => e.text)) : null;
  const index = indexSimilarity(patterns.length, similar.map((e, i) => ({ pattern: e.pattern, terms: e.terms, vector: vectors?.[i] ?? null, group: patterns[e.pattern].narrative })));
  const core = coreActors(patterns, index, topics, tools.concepts);
  const claims = claimKeys(patterns, index, topicKeys, topics, predicateClasses, (n, id) => !!core.get(n)?.has(`c:${id}`) || narrativeTargets(narratives[n]).some((t) => t.entities.has(id)));
  return { narratives, patterns, byFrame, byTopic, idf, ancestors: ancestorsOf(narratives), similar: index, core, claims, narrativeKeys: narrativeKeys(index, (p) => patterns[p].narrative), denials, exampleFrames, negatedKeys };
}

/**
 * Narrative keywords and topic concepts (biolab, coup) can start a frameless match; actors and predicates cannot:
 * "the US", "supports" and "Ukraine" in one sentence is news, not a narrative.
 */
export function isTopic(term: string, topics: ReadonlySet<string>): boolean {
  return term.startsWith('n:') || (term.startsWith('c:') && topics.has(term.slice(2)));
}

function specFrames(n: Narrative): Set<string> | null {
  const accused = n.entities.filter((e) => e.role === 'accused').map((e) => e.id);
  const objects = n.entities.filter((e) => e.role === 'object').map((e) => e.id);
  if (!accused.length || !objects.length || !n.predicates.length) return null;
  const out = new Set<string>();
  for (const a of accused) for (const p of n.predicates) for (const o of objects) out.add(`${a}>${p}>${o}`);
  return out;
}

function describeSpec(n: Narrative): string {
  const of = (role: string) => n.entities.filter((e) => e.role === role).map((e) => e.id).join(' / ');
  return `${of('accused')} → ${n.predicates.join(' / ')} → ${of('object')}`;
}

function ancestorsOf(narratives: Narrative[]): Map<string, string[]> {
  const parent = new Map(narratives.map((n) => [n.id, n.parent]));
  const out = new Map<string, string[]>();
  for (const n of narratives) {
    const chain: string[] = [];
    for (let p = n.parent; p && !chain.includes(p); p = parent.get(p) ?? null) chain.push(p);
    out.set(n.id, chain);
  }
  return out;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A key weaker than this in plain news (background-df.ts) is no word an example negates ("as", "before", "country"). */
const NEGATED_WEIGHT = 0.45;

/**
 * The keys of the words an example negates, those of each negation's scope (negation.ts), and of the words it says
 * outside them; both without the words plain news uses everywhere ("Ukraine never existed as a nation" → exist, nation).
 */
function negatedWords(r: Reading, concepts: Concepts, whole: Features): { negated: Set<string>; plain: Set<string> } {
  const negated = new Set<string>();
  const scopes: [number, number][] = [];
  for (const m of r.marks) {
    if (m.kind !== 'negation') continue;
    const scope = negationScope(r, 0, r.tokens.length, m);
    if (scope) scopes.push([Math.min(scope[0], m.from), Math.max(scope[1], m.to)]);
  }
  scopes.sort((a, b) => a[0] - b[0]);
  const plain = new Set<string>();
  let at = 0;
  for (const [from, to] of scopes) {
    for (const key of negatedTerms(r, from, to, concepts)) negated.add(key);
    if (from > at) for (const key of negatedTerms(r, at, from, concepts)) plain.add(key);
    at = Math.max(at, to);
  }
  // Most examples negate nothing: their plain words are those of the whole example, whose features the caller has.
  for (const key of at === 0 ? weightyTerms(whole) : negatedTerms(r, at, r.tokens.length, concepts)) plain.add(key);
  return { negated, plain };
}

/** The interlingual word keys of tokens [from, to) that plain news does not use everywhere (background-df.ts). */
export function negatedTerms(r: Reading, from: number, to: number, concepts: Concepts): string[] {
  return weightyTerms(featuresOf(r, from, to, concepts));
}

function weightyTerms(f: Features): string[] {
  return [...similarityTerms(f)].filter((key) => (key.startsWith('x:') || key.startsWith('k:')) && backgroundFactor(key) >= NEGATED_WEIGHT);
}

/** What the negation `m` of an example bears on: its scope's words (interlingual keys) and named actors (c: terms). */
function deniedWords(r: Reading, m: Mark, concepts: Concepts): string[][] {
  const scope = negationScope(r, 0, r.tokens.length, m);
  if (!scope) return [];
  const f = featuresOf(r, Math.max(scope[0], m.to), scope[1], concepts);
  return [...(f.keyWords ?? []).map((k) => [...k]), ...[...f.concepts].filter((c) => c.startsWith('c:')).map((c) => [c])];
}

/** Whether narrative `n` of a compiled catalogue is a denial: its claim is itself a negation (compileCatalogue `denials`). */
export function isDenial(c: Pick<CompiledCatalogue, 'denials'>, n: number): boolean {
  return !!c.denials?.[n]?.length;
}

/**
 * The narrative's title says its claim with a negation of a predicate ("had nothing to do with", "was not a genocide");
 * a contrastive "not" after a comma or "and" ("went to rich countries, not the poor") sets an alternative aside and
 * denies nothing.
 */
function titleDenies(n: Narrative, tools: ReadingTools): boolean {
  if (!n.title?.trim()) return false;
  const r = read(n.title, languageOf(n.title, null), tools);
  const contrastive = (from: number) => from > 0 && (r.tokens[from - 1].raw === ',' || CONTRAST_JOIN.has(r.tokens[from - 1].raw.toLowerCase()));
  return r.marks.some((m) => m.kind === 'negation' && m.id !== 'negation-denial' && !contrastive(m.from));
}

/** Words that join a contrastive negation to what comes before it ("… and not …", "… und nicht …"). */
const CONTRAST_JOIN = new Set(['and', 'but', 'und', 'aber', 'et', 'mais', 'и', 'а', 'но', 'و']);
