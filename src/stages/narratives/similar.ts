// Example-only matching: a sentence against the examples of narratives that have nothing else (no keywords,
// entities or predicates), by the cosine of their interlingual keys and entity concepts, each weighted by its
// inverse frequency over those examples. An English example and a Russian sentence meet on x:/k: keys (lexicons)
// and c: ids (gazetteer). With an embedding backend, the cosine of the two embeddings joins in (noisy-OR).
import { backgroundFactor } from './background-df.js';
import { furtherSenses, type Features } from './features.js';
import { softMatchOptions, softNeighbours } from './soft-match.js';

export interface SimilarityIndex {
  /** Key → example patterns that carry it (indices into CompiledCatalogue.patterns). */
  byKey: Map<string, number[]>;
  /** Key → weight (IDF over the indexed examples). */
  weight: Map<string, number>;
  /** Weight of a sentence key no example has: it still lengthens the sentence. */
  unseen: number;
  /** Per pattern: Euclidean norm of its weighted keys (0 where not indexed). */
  norm: Float64Array;
  /** Per pattern: the norm with each key's weight scaled by how rare it is in plain news (background-df.ts). */
  backgroundNorm: Float64Array;
  /** Per pattern: its keys, for the sentence side of the score. */
  keys: (Set<string> | null)[];
  /** Per pattern: its embedding, where a backend is loaded. */
  vectors: (Float32Array | null)[];
  /** Whether any example has an embedding. */
  embedded: boolean;
  /** Per pattern: its group (the narrative whose example it is), -1 where none was given; see SIBLING_SHARE. */
  group?: Int32Array;
  /** Number of groups (the largest group + 1). */
  groups?: number;
}

/** Least cosine (keys) of a reported example-only match; calibrated on the dev half of eval/narratives (README). */
export const SIMILARITY_THRESHOLD = 0.5;

/** The similarity terms of a text: interlingual keys (x:, k:, e:) and entity concepts (c:). */
export function similarityTerms(f: Features): Set<string> {
  // Added one by one: new Set(f.keys) walks the keys through the generic iterator, an object per key.
  const out = new Set<string>();
  for (const k of f.keys) out.add(k);
  for (const c of f.concepts) if (c.startsWith('c:')) out.add(c);
  return out;
}

/** How a text's length is counted: each word once (by its weightiest key), each entity concept once. */
export interface LengthParts {
  words: readonly (readonly string[])[];
  entities: Iterable<string>;
}

export function lengthParts(f: Features): LengthParts | null {
  if (!f.keyWords) return null;
  // A loop rather than spread-and-filter: one array, not two, for each sentence and pair.
  const entities: string[] = [];
  for (const c of f.concepts) if (c.startsWith('c:')) entities.push(c);
  return { words: f.keyWords, entities };
}

export function indexSimilarity(count: number, examples: { pattern: number; terms: Set<string>; vector: Float32Array | null; group?: number }[]): SimilarityIndex {
  const byKey = new Map<string, number[]>();
  const df = new Map<string, number>();
  for (const e of examples) {
    for (const t of e.terms) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const list = byKey.get(t);
      if (list) list.push(e.pattern);
      else byKey.set(t, [e.pattern]);
    }
  }
  const n = examples.length;
  const weight = new Map<string, number>();
  for (const [t, d] of df) weight.set(t, Math.log(1 + n / d));
  const norm = new Float64Array(count);
  const backgroundNorm = new Float64Array(count);
  const keys: (Set<string> | null)[] = new Array(count).fill(null);
  const vectors: (Float32Array | null)[] = new Array(count).fill(null);
  for (const e of examples) {
    let s = 0;
    let b = 0;
    for (const t of e.terms) {
      s += weight.get(t)! ** 2;
      b += (weight.get(t)! * backgroundFactor(t)) ** 2;
    }
    norm[e.pattern] = Math.sqrt(s);
    backgroundNorm[e.pattern] = Math.sqrt(b);
    keys[e.pattern] = e.terms;
    vectors[e.pattern] = e.vector;
  }
  let group: Int32Array | undefined;
  let groups = 0;
  if (examples.some((e) => e.group !== undefined)) {
    group = new Int32Array(count).fill(-1);
    for (const e of examples) {
      if (e.group === undefined) continue;
      group[e.pattern] = e.group;
      groups = Math.max(groups, e.group + 1);
    }
  }
  // An unseen key weighs like a key of one example in two: common enough not to swamp a long sentence.
  return { byKey, weight, unseen: Math.log(1 + n / 2), norm, backgroundNorm, keys, vectors, embedded: vectors.some(Boolean), group, groups };
}

// The entry (or undefined) of each key of each word of the call's parts, in order, as the first pass looked them up:
// siblingWords reads the same words again and takes them from here rather than looking each key up a second time.
let wordEntries: (KeyEntry | undefined)[] = [];
let wordEntryCount = 0;

function keepWordEntry(e: KeyEntry | undefined): void {
  if (wordEntryCount === wordEntries.length) wordEntries.push(e);
  else wordEntries[wordEntryCount] = e;
  wordEntryCount++;
}

// Accumulators per pattern, reused across calls (the stage runs once per sentence).
let acc = new Float64Array(0);
let words = new Uint8Array(0);
let shared = new Uint16Array(0);
let sharedBy = new Uint32Array(0);
let softBy = new Uint32Array(0);
let softUnit = 0;
// The examples a call meets, in the order first met: a typed array reused across calls, where an array grown per
// call (some 90 examples a sentence) was the largest part of what the stage allocated.
let touched = new Int32Array(256);
let touchedCount = 0;

/** Lists pattern p as met in this call (touched, touchedCount). */
function touch(p: number): void {
  if (touchedCount === touched.length) {
    const grown = new Int32Array(2 * touched.length);
    grown.set(touched);
    touched = grown;
  }
  touched[touchedCount++] = p;
}

/**
 * Cosine of the sentence with every indexed example it shares a word key with (x:, k:); pattern → cosine. Entities
 * alone are news, not a claim: "NATO troops fought the Taliban" shares no word with "NATO secretly armed the Taliban".
 */
/**
 * `exampleSide` in [0, 1]: the example's share of the length normalisation, shared / (|sentence|^(2(1−a)) ·
 * |example|^(2a)) over weighted terms; 0.5 is the cosine. `minShared`: how many of the sentence's words and
 * entities (each counted once, however many keys it shares) an example must share (with `parts` only).
 * `background`: each word key's weight is also scaled by how rare it is in plain news (background-df.ts), on both
 * sides, so a shared general word ("country", "report") says less and a shared claim word more.
 */
export function similarities(terms: Set<string>, idx: SimilarityIndex, vector: Float32Array | null = null, requireWords = true, parts: LengthParts | null = null, exampleSide = 0.5, minShared = 1, background = false): Map<number, number> {
  if (acc.length < idx.norm.length) {
    acc = new Float64Array(idx.norm.length);
    words = new Uint8Array(idx.norm.length);
    shared = new Uint16Array(idx.norm.length);
    sharedBy = new Uint32Array(idx.norm.length);
    softBy = new Uint32Array(idx.norm.length);
  }
  const counting = minShared > 1 && parts !== null;
  const entries = entriesOf(idx);
  // The stage's sentence matching (leaning to the example) also reads further dictionary senses (withFurtherSenses:
  // they weigh like the word's own keys but stay out of `terms`) and sibling words (siblingWords); the cases stage
  // and rankNarratives (the cosine) do not.
  const extra: string[] = [];
  const stage = parts !== null && exampleSide > 0.5;
  if (parts && stage) parts = withFurtherSenses(parts, entries, extra);
  touchedCount = 0;
  let own = 0;
  // The sentence's words none of whose keys an example has: what soft matching may still meet (softMatch).
  let unmatched: (readonly string[])[] | null = null;
  if (parts) {
    // One pass over the words, each key looked up once, for three things: how many of the sentence's words (or
    // entities) each example shares, counted once per word however many of its keys meet it; the sentence's length,
    // where a foreign word with three dictionary translations is one word, not three; and the unmatched words.
    unmatched = [];
    let unit = 0;
    wordEntryCount = 0;
    for (const word of parts.words) {
      unit++;
      let top = 0;
      let unseen = 0;
      let matched = false;
      for (const t of word) {
        const e = entries.get(t);
        keepWordEntry(e);
        if (e !== undefined) {
          matched = true;
          top = Math.max(top, scaled(t, e.weight, background));
          if (counting) countShared(e.holders, unit);
        } else unseen = Math.max(unseen, scaled(t, idx.unseen, background));
      }
      own += (top || unseen) ** 2;
      if (!matched) unmatched.push(word);
    }
    for (const t of parts.entities) {
      unit++;
      const e = entries.get(t);
      if (counting && e !== undefined) countShared(e.holders, unit);
      own += (e?.weight ?? idx.unseen) ** 2;
    }
  }
  for (const t of terms) {
    const e = entries.get(t);
    if (!parts) own += scaled(t, e?.weight ?? idx.unseen, background) ** 2;
    if (e === undefined) continue;
    const w = scaled(t, e.weight, background);
    const word = e.word;
    for (const p of e.holders) {
      if (acc[p] === 0) touch(p);
      acc[p] += w * w;
      words[p] |= word;
    }
  }
  for (const t of extra) {
    if (terms.has(t)) continue;
    const e = entries.get(t)!;
    const w = scaled(t, e.weight, background);
    for (const p of e.holders) {
      if (acc[p] === 0) touch(p);
      acc[p] += w * w;
    }
  }
  if (parts && stage) siblingWords(parts, idx, background);
  softMatch(terms, idx, unmatched, counting, background);
  const out = new Map<number, number>();
  if (vector && idx.embedded) {
    // With embeddings every example is a candidate, not only those sharing a key.
    idx.vectors.forEach((v, p) => v && acc[p] === 0 && touch(p));
  }
  // The powers of the length normalisation: the sentence's once per call, each example's once per index and side
  // (the same numbers as computed in place, so the same cosines).
  const ownPower = own ** (1 - exampleSide);
  const normPower = normPowers(idx, background, exampleSide);
  for (let x = 0; x < touchedCount; x++) {
    const p = touched[x];
    const enough = !counting || shared[p] >= minShared;
    const norm = background ? idx.backgroundNorm[p] : idx.norm[p];
    let cos = (words[p] || !requireWords) && enough && own && norm ? acc[p] / (ownPower * normPower[p]) : 0;
    const v = idx.vectors[p];
    // Two pieces of evidence, either enough alone: 1 − (1 − keys)(1 − embedding).
    if (vector && v) cos = 1 - (1 - cos) * (1 - Math.min(1, Math.max(0, dot(vector, v))));
    if (cos > 0) out.set(p, cos);
    acc[p] = 0;
    words[p] = 0;
  }
  if (counting) {
    shared.fill(0);
    sharedBy.fill(0);
  }
  return out;
}

/**
 * A foreign word none of whose keys an example has may meet one through a further dictionary sense, one its first
 * three leave out ("الرقمية" → numer, figur; then digit): the word then counts by the senses the examples have
 * (listed in `extra`). A word that meets an example in one of its first senses takes no other: the first senses are
 * the likelier, and every added sense is a chance of a stray match. Such a sense adds weight only: it is not the one
 * word an example must share, and it stays out of the unit's terms, so it never says the claim (claim-keys.ts) on
 * its own ("منظمة", organisation, also translates "stage": chemical-weapons news would read as staged attacks).
 */
function withFurtherSenses(parts: LengthParts, entries: Map<string, KeyEntry>, extra: string[]): LengthParts {
  let words: (readonly string[])[] | null = null;
  parts.words.forEach((word, i) => {
    const more = furtherSenses(word);
    if (!more || word.some((k) => entries.has(k))) return;
    const met = more.filter((k) => entries.has(k));
    if (!met.length) return;
    words ??= [...parts.words];
    words[i] = met;
    for (const k of met) if (!extra.includes(k)) extra.push(k);
  });
  return words ? { words, entities: parts.entities } : parts;
}

/**
 * The examples of one narrative say the same claim in other words: a sentence word that the example lacks but
 * another example of its narrative has ("bombs" beside "Kosovo is a mafia state created by NATO", from "NATO bombs
 * tore Kosovo from Serbia") is the analyst's own synonym or paraphrase of it, and adds SIBLING_SHARE of its squared
 * weight to the example, where the example already shares a term with the sentence. A word counts once, by its
 * weightiest key the narrative has. Only in the stage's sentence matching (the similarity leaning to the example).
 * On eval/narratives (2026-12-07, tuned on blind8, cate and catd's misses; the eval README): narrative-only F1 cate
 * 0.698 → 0.829, catd 0.716 → 0.811, blind8 0.719 → 0.733; matches on 1,295 real English articles 63 → 66.
 */
export const SIBLING_SHARE = 0.5;
let siblingStamp = new Uint32Array(0);
let siblingBest = new Float64Array(0);
let siblingUnit = 0;
// Per pattern: the sibling weight gathered for it (0 where none), cleared as it is applied.
let siblingAdd = new Float64Array(0);

/** Adds each touched example's sibling words (SIBLING_SHARE) to acc; the examples met are touched[0, touchedCount). */
function siblingWords(parts: LengthParts, idx: SimilarityIndex, background: boolean): void {
  const group = idx.group;
  const groups = idx.groups ?? 0;
  if (!group || !touchedCount) return;
  if (siblingStamp.length < groups) {
    siblingStamp = new Uint32Array(groups);
    siblingBest = new Float64Array(groups);
  }
  if (siblingAdd.length < acc.length) siblingAdd = new Float64Array(acc.length);
  // Additions are gathered first and applied after: a word's sibling weight must not make another word's example
  // "touched". Gathered in siblingAdd in the order a Map would sum them (0 + first + second …), so the same sums.
  // The keys' entries are those similarities looked up for the same words, in the same order (wordEntries).
  let at = 0;
  for (const word of parts.words) {
    siblingUnit = (siblingUnit + 1) >>> 0 || 1;
    if (siblingUnit === 1) siblingStamp.fill(0);
    let any = false;
    for (const t of word) {
      const e = wordEntries[at++];
      if (!e || !e.word) continue;
      // Only a narrative's own words: a key examples of two narratives use ("coup": the Maidan, colour revolutions)
      // would lift the neighbour as much as the narrative.
      const g = (e.group ??= ownGroup(e.holders, group));
      if (g < 0) continue;
      // Weighed by how rare the word is in plain news too: a general word ("economy", "country") another example
      // uses is no paraphrase of this one's claim.
      const w = e.weight * backgroundFactor(t);
      if (siblingStamp[g] !== siblingUnit) {
        siblingStamp[g] = siblingUnit;
        siblingBest[g] = 0;
      }
      siblingBest[g] = Math.max(siblingBest[g], w);
      any = true;
    }
    if (!any) continue;
    for (let x = 0; x < touchedCount; x++) {
      const p = touched[x];
      const g = group[p];
      if (g < 0 || siblingStamp[g] !== siblingUnit || !siblingBest[g]) continue;
      const own = idx.keys[p];
      if (!own || holdsAny(own, word)) continue;
      siblingAdd[p] += SIBLING_SHARE * siblingBest[g] ** 2;
    }
  }
  for (let x = 0; x < touchedCount; x++) {
    const p = touched[x];
    if (!siblingAdd[p]) continue;
    acc[p] += siblingAdd[p];
    siblingAdd[p] = 0;
  }
}

/** Whether an example's keys hold any key of a word (a loop, not a closure: it runs per word and example met). */
function holdsAny(own: ReadonlySet<string>, word: readonly string[]): boolean {
  for (let i = 0; i < word.length; i++) if (own.has(word[i])) return true;
  return false;
}

/** The one group all holders of a key belong to, -1 where they are of several (or none). */
function ownGroup(holders: readonly number[], group: Int32Array): number {
  const g = holders.length ? group[holders[0]] : -1;
  for (const h of holders) if (group[h] !== g) return -1;
  return g;
}

/** What similarities reads of one key of the index: one lookup instead of its weight's and its holders'. */
interface KeyEntry {
  weight: number;
  holders: readonly number[];
  /** 1 for a word key, 0 for an entity (c:, e:): an example must share a word. */
  word: number;
  /** ownGroup of the holders, worked out at its first use (the index's groups do not change once it is searched). */
  group: number | undefined;
}

// Per index, built on first use (an index is not changed once it is searched).
const entryCache = new WeakMap<SimilarityIndex, Map<string, KeyEntry>>();

function entriesOf(idx: SimilarityIndex): Map<string, KeyEntry> {
  let out = entryCache.get(idx);
  if (!out) {
    out = new Map();
    for (const [t, weight] of idx.weight) out.set(t, { weight, holders: idx.byKey.get(t) ?? [], word: t.startsWith('c:') || t.startsWith('e:') ? 0 : 1, group: undefined });
    entryCache.set(idx, out);
  }
  return out;
}

// Module-level helpers rather than closures made per call: similarities runs several times per sentence.
const scaled = (t: string, w: number, background: boolean): number => (background ? w * backgroundFactor(t) : w);

/** Counts one shared word or entity for each example holding its key, once per unit (sharedBy). */
function countShared(holders: readonly number[], unit: number): void {
  for (const p of holders) {
    if (sharedBy[p] === unit) continue;
    sharedBy[p] = unit;
    shared[p]++;
  }
}

// (norm²)^side of each pattern, per index, weighting and side: a power per example met per sentence otherwise.
const powers = new WeakMap<SimilarityIndex, Map<string, Float64Array>>();

function normPowers(idx: SimilarityIndex, background: boolean, side: number): Float64Array {
  let byKey = powers.get(idx);
  if (!byKey) powers.set(idx, (byKey = new Map()));
  const key = `${background ? 'b' : 'n'}${side}`;
  let out = byKey.get(key);
  if (!out) {
    const norms = background ? idx.backgroundNorm : idx.norm;
    out = new Float64Array(norms.length);
    for (let p = 0; p < norms.length; p++) out[p] = (norms[p] ** 2) ** side;
    byKey.set(key, out);
  }
  return out;
}

/**
 * A sentence word none of whose keys an example has may meet an example word through the word vectors
 * (soft-match.ts): it adds a share of that word's squared weight to each example already sharing a term with the
 * sentence (exact evidence first: words alike are not a claim alone), counts towards the two shared words, and
 * meets each example once, by its closest neighbour there. It never stands for the one exact word key an example
 * must share: "NATO troops fought the Taliban" is still not "NATO secretly armed the Taliban" (troops ~ armed).
 */
function softMatch(terms: Set<string>, idx: SimilarityIndex, words: (readonly string[])[] | null, counting: boolean, background: boolean): void {
  const o = softMatchOptions();
  // Only examples already sharing a term with the sentence (acc > 0, all listed in `touched`) take a soft match.
  if (!o || !touchedCount) return;
  // `words`: the unmatched words, where the caller counted by words; else each term no example has.
  let unmatched = words;
  if (!unmatched) {
    unmatched = [];
    for (const t of terms) if (!idx.weight.has(t)) unmatched.push([t]);
  }
  for (const word of unmatched) {
    softUnit = (softUnit + 1) >>> 0 || 1;
    if (softUnit === 1) softBy.fill(0);
    for (const key of word) {
      for (const n of softNeighbours(idx, idx.weight.keys(), key)) {
        if (terms.has(n.key)) continue; // the sentence has that word itself
        const w = idx.weight.get(n.key)! * (background ? backgroundFactor(n.key) : 1);
        // Where the examples sharing a term are fewer than those holding the neighbour, each is tested for it rather
        // than the neighbour's whole list walked. Each example still takes one addition per word, from the same first
        // neighbour, so the sums are identical.
        const holders = idx.byKey.get(n.key)!;
        const few = touchedCount < holders.length;
        for (let x = 0, end = few ? touchedCount : holders.length; x < end; x++) {
          const p = few ? touched[x] : holders[x];
          if (acc[p] === 0 || softBy[p] === softUnit || (few && !idx.keys[p]!.has(n.key))) continue;
          softBy[p] = softUnit;
          acc[p] += o.discount * w * w;
          if (counting) shared[p]++;
        }
      }
    }
  }
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length && i < b.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Whether rankNarratives weighs words by their rarity in plain news too (background-df.ts). Chosen on the few-shot
 * protocol's design seeds 101–103 (eval/narratives-fewshot/README.md). Not for the stage's sentence matching: there
 * every way of weighing by it tried added spurious matches on long real articles (the stage README).
 */
export const RANK_BACKGROUND = true;

/**
 * Mean cosine of a text with the examples of each narrative (absent examples count 0): a centroid-like ranking for
 * classifying a text among narratives, where entities alone count too. Narrative index → mean cosine.
 */
export function rankNarratives(terms: Set<string>, idx: SimilarityIndex, narrativeOf: (pattern: number) => number, vector: Float32Array | null = null, background = RANK_BACKGROUND): Map<number, number> {
  const count = new Map<number, number>();
  idx.keys.forEach((k, p) => k && count.set(narrativeOf(p), (count.get(narrativeOf(p)) ?? 0) + 1));
  const sum = new Map<number, number>();
  for (const [p, cos] of similarities(terms, idx, vector, false, null, 0.5, 1, background)) sum.set(narrativeOf(p), (sum.get(narrativeOf(p)) ?? 0) + cos);
  return new Map([...sum].map(([n, s]) => [n, s / count.get(n)!]));
}

/**
 * The narratives stage's sentence matching: the similarity's length normalisation is the example's length to the
 * power 0.8 and the sentence's to 0.2 (the cosine is 0.5 / 0.5), so a sentence that holds an example's words is
 * penalised less for its own other words: news sentences are longer than examples and add who, where and when to
 * the claim. With it a lower least similarity. Both chosen on the dev and dev2 splits of eval/narratives (README).
 */
export const SENTENCE_EXAMPLE_SIDE = 0.8;
export const SENTENCE_THRESHOLD = 0.45;
/** A sentence must share two of its words or entities with an example: one word alone ("It is a lie") is no claim. */
export const SENTENCE_MIN_SHARED = 2;

/**
 * similarityScore's line continued below its threshold (under 0.5 there): the narrative verifier's candidates
 * (verifier.ts) are scored on the same scale as the matches, so a score floor under 0.5 is a cosine floor.
 */
export function lineScore(cos: number, threshold: number): number {
  return Math.round((0.5 + (0.5 * (cos - threshold)) / (1 - threshold)) * 1000) / 1000;
}

/** The cosine at which lineScore reaches `score`. */
export function cosineAt(score: number, threshold: number): number {
  return threshold + ((score - 0.5) * 2 * (1 - threshold));
}

/** A cosine → a score in [0.5, 1] at and above the threshold (below it, no match). */
export function similarityScore(cos: number, threshold = SIMILARITY_THRESHOLD): number {
  if (cos < threshold) return 0;
  return Math.round((0.5 + (0.5 * (cos - threshold)) / (1 - threshold)) * 1000) / 1000;
}

// Scratch for mayReach, apart from similarities' own accumulators (each call leaves them zeroed).
let reachAcc = new Float64Array(0);
let reachWords = new Uint8Array(0);
let reachTouched = new Int32Array(256);
let reachSibling = new Float64Array(0);
let reachStamp = new Uint32Array(0);
let reachBest = new Float64Array(0);
let reachGroups = new Int32Array(0);
let reachUnit = 0;

/**
 * Whether some example may come to `threshold` in similarities(terms, idx, null, true, parts, exampleSide) (the
 * stage's sentence matching, background off): false only where none can, so a caller that needs a cosine of at least
 * `threshold` may skip the call. Exact sums of what the example shares (its keys and further senses, as similarities
 * adds them), plus for what similarities adds after them, an upper bound: every sibling word of the example's
 * narrative (siblingWords, without its other conditions) and, for each word that soft matching may meet an example
 * through, its weightiest neighbour (softMatch); the least shared words are not asked. `units`: the texts read as one
 * (the two sentences of a pair: their terms, similarityTerms, and lengthParts), so that no pair's features need be
 * made to rule it out. Two sentences read as one come to the threshold in about one case in a hundred.
 */
export function mayReach(units: readonly { terms: ReadonlySet<string>; parts: LengthParts }[], idx: SimilarityIndex, exampleSide: number, threshold: number): boolean {
  // The units read as one: their words in order, their terms and entities each once.
  const words: (readonly string[])[] = [];
  const seen = (t: string, u: number): boolean => {
    for (let v = 0; v < u; v++) if (units[v].terms.has(t)) return true;
    return false;
  };
  const entities: string[] = [];
  for (let u = 0; u < units.length; u++) {
    for (const w of units[u].parts.words) words.push(w);
    for (const t of units[u].parts.entities) if (!seen(t, u)) entities.push(t);
  }
  const inTerms = (t: string): boolean => seen(t, units.length);
  const given: LengthParts = { words, entities };
  const n = idx.norm.length;
  if (reachAcc.length < n) {
    reachAcc = new Float64Array(n);
    reachWords = new Uint8Array(n);
  }
  const entries = entriesOf(idx);
  const extra: string[] = [];
  const parts = exampleSide > 0.5 ? withFurtherSenses(given, entries, extra) : given;
  // The sentence's length, as similarities counts it (background off).
  let own = 0;
  const unmatched: (readonly string[])[] = [];
  for (const word of parts.words) {
    let top = 0;
    let unseen = 0;
    let matched = false;
    for (const t of word) {
      const e = entries.get(t);
      if (e !== undefined) {
        matched = true;
        top = Math.max(top, e.weight);
      } else unseen = Math.max(unseen, idx.unseen);
    }
    own += (top || unseen) ** 2;
    if (!matched) unmatched.push(word);
  }
  for (const t of parts.entities) own += (entries.get(t)?.weight ?? idx.unseen) ** 2;
  if (!own) return false;
  let count = 0;
  const touch = (p: number): void => {
    if (count === reachTouched.length) {
      const grown = new Int32Array(2 * count);
      grown.set(reachTouched);
      reachTouched = grown;
    }
    reachTouched[count++] = p;
  };
  for (let u = 0; u < units.length; u++) {
    for (const t of units[u].terms) {
      if (seen(t, u)) continue;
      const e = entries.get(t);
      if (e === undefined) continue;
      const w2 = e.weight * e.weight;
      for (const p of e.holders) {
        if (reachAcc[p] === 0) touch(p);
        reachAcc[p] += w2;
        reachWords[p] |= e.word;
      }
    }
  }
  for (const t of extra) {
    if (inTerms(t)) continue;
    const e = entries.get(t)!;
    const w2 = e.weight * e.weight;
    for (const p of e.holders) {
      if (reachAcc[p] === 0) touch(p);
      reachAcc[p] += w2;
    }
  }
  // Sibling words, per narrative group: each word's weightiest key of the group's own, as siblingWords weighs it.
  const group = idx.group;
  const groups = idx.groups ?? 0;
  if (group && exampleSide > 0.5) {
    if (reachSibling.length < groups) {
      reachSibling = new Float64Array(groups);
      reachStamp = new Uint32Array(groups);
      reachBest = new Float64Array(groups);
      reachGroups = new Int32Array(groups);
    }
    for (const word of parts.words) {
      reachUnit = (reachUnit + 1) >>> 0 || 1;
      if (reachUnit === 1) reachStamp.fill(0);
      let met = 0;
      for (const t of word) {
        const e = entries.get(t);
        if (!e || !e.word) continue;
        const g = (e.group ??= ownGroup(e.holders, group));
        if (g < 0) continue;
        const w = e.weight * backgroundFactor(t);
        if (reachStamp[g] !== reachUnit) {
          reachStamp[g] = reachUnit;
          reachBest[g] = 0;
          reachGroups[met++] = g;
        }
        reachBest[g] = Math.max(reachBest[g], w);
      }
      for (let x = 0; x < met; x++) reachSibling[reachGroups[x]] += SIBLING_SHARE * reachBest[reachGroups[x]] ** 2;
    }
  }
  // Soft matches: at most one per word and example, by a neighbour the sentence does not have. `soft` bounds them for
  // any example; where that is not enough to rule an example out, its own bound counts only the neighbours it holds.
  let soft = 0;
  const o = softMatchOptions();
  const softKeys: string[] = [];
  const softWeights: number[] = [];
  // Per unmatched word: the end of its neighbours in softKeys / softWeights.
  const softEnds: number[] = [];
  if (o) {
    for (const word of unmatched) {
      let most = 0;
      for (const key of word) {
        for (const nb of softNeighbours(idx, idx.weight.keys(), key)) {
          if (inTerms(nb.key)) continue;
          const w = idx.weight.get(nb.key)!;
          const add = o.discount * w * w;
          most = Math.max(most, add);
          softKeys.push(nb.key);
          softWeights.push(add);
        }
      }
      soft += most;
      softEnds.push(softKeys.length);
    }
  }
  const ownPower = own ** (1 - exampleSide);
  const normPower = normPowers(idx, false, exampleSide);
  // A margin for the rounding of sums taken in another order than similarities takes them.
  const bar = threshold * (1 - 1e-9);
  let reach = false;
  for (let x = 0; x < count; x++) {
    const p = reachTouched[x];
    if (!reach && reachWords[p] && idx.norm[p]) {
      const g = group ? group[p] : -1;
      const exact = reachAcc[p] + (g >= 0 && g < reachSibling.length ? reachSibling[g] : 0);
      const below = ownPower * normPower[p];
      if (((exact + soft) * (1 + 1e-9)) / below >= bar) {
        // Only the neighbours this example holds can add to it (softMatch), the weightiest of each word's.
        const keys = idx.keys[p];
        let mine = 0;
        for (let w = 0, from = 0; w < softEnds.length; from = softEnds[w++]) {
          let most = 0;
          for (let j = from; j < softEnds[w]; j++) if (softWeights[j] > most && keys?.has(softKeys[j])) most = softWeights[j];
          mine += most;
        }
        if (((exact + mine) * (1 + 1e-9)) / below >= bar) reach = true;
      }
    }
    reachAcc[p] = 0;
    reachWords[p] = 0;
  }
  if (group && reachSibling.length) reachSibling.fill(0);
  return reach;
}
