// One sentence (or a whole document) against a compiled catalogue: the best pattern of each narrative it meets.
// A pattern with frames needs one of them (then 0.6, plus up to 0.4 for how specific that frame is and for the
// concepts and words shared); a frameless pattern needs a narrative keyword or two topic concepts, and counts less
// (at most 0.75). Runs once per sentence over thousands of patterns: no allocation per candidate.
import { CORE_WAIVED_AT, namesCore } from './core-entities.js';
import { saysClaim } from './claim-keys.js';
import { mostSpecific } from './specific.js';
import { softNeighbours } from './soft-match.js';
import type { Features } from './features.js';
import type { Frame } from './frames.js';
import { isTopic, type CompiledCatalogue, type Pattern } from './patterns.js';
import { lengthParts, lineScore, SIMILARITY_THRESHOLD, similarities, similarityScore, similarityTerms, type SimilarityIndex } from './similar.js';

export interface UnitMatch {
  narrative: number;
  pattern: number;
  score: number;
  /** The sentence's frame that met the pattern, if any. */
  frame: Frame | null;
  /** Every frame that met it is negated ("did not create"). */
  negated: boolean;
}

export interface SimilarOptions {
  /** Least similarity of an example-only match (default SIMILARITY_THRESHOLD, for the cosine). */
  threshold?: number;
  /** Example similarity alone: a window of two sentences, whose frames and keywords were each matched already. */
  similarOnly?: boolean;
  /** The example's share of the similarity's length normalisation (0.5, the cosine, by default; see similar.ts). */
  exampleSide?: number;
  /** Least number of the unit's words and entities an example must share (1 by default; see similar.ts). */
  minShared?: number;
  /** Actors named around the unit (the sentence before, the headline) that count as named for core-entities.ts. */
  context?: ReadonlySet<string>;
  /**
   * The unit's exampleSimilarities with these options, where the caller already has them: the stage asks matchUnit
   * and leadingSimilarities about each sentence, and this is the costliest part of either.
   */
  examples?: { terms: Set<string>; sims: Map<number, number> };
  /**
   * Candidates for the narrative verifier (verifier.ts): example matches whose cosine falls in [threshold, the
   * match threshold) go to `out` (one per narrative that has no match), scored on the same line below 0.5
   * (similarityScore's line continued, lineScore). The matches returned are what they are without it.
   */
  low?: { threshold: number; out: UnitMatch[] };
}

const FRAME_BASE = 0.6;
const FRAMELESS_MAX = 0.75;
/** Share of the best example-only cosine in a unit that another narrative needs to be reported beside it. */
const SIMILAR_MARGIN = 0.85;

// Candidates are marked in a stamp array rather than a Set (cheaper over 10,000 case patterns).
let stamps = new Uint32Array(0);
let stamp = 0;

/** Adds the patterns of `list` not yet stamped this call to `candidates` (module level: no closure per call). */
function mark(list: number[] | undefined, candidates: number[]): void {
  if (!list) return;
  for (const i of list) {
    if (stamps[i] === stamp) continue;
    stamps[i] = stamp;
    candidates.push(i);
  }
}

/**
 * `minTopics`: topic concepts a frameless pattern must share when no keyword is shared (2 for narratives, 1 for cases).
 * `vector`: the unit's embedding, where a backend is loaded; `options`: how example-only narratives are compared.
 */
export function matchUnit(u: Features, language: string, c: CompiledCatalogue, topics: ReadonlySet<string>, minTopics = 2, vector: Float32Array | null = null, options: SimilarOptions = {}): UnitMatch[] {
  const { threshold, similarOnly = false, exampleSide, minShared, context } = options;
  if (stamps.length < c.patterns.length) stamps = new Uint32Array(c.patterns.length);
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) stamps.fill(0);
  const candidates: number[] = [];
  if (!similarOnly) {
    for (const key of u.frames.keys()) mark(c.byFrame.get(key), candidates);
    for (const t of u.concepts) if (isTopic(t, topics)) mark(c.byTopic.get(t), candidates);
  }
  const best = new Map<number, UnitMatch>();
  let unitTerms: Set<string> | null = null;
  for (const i of candidates) {
    const p = c.patterns[i];
    const m = p.frames.size ? framed(p, u, language, c) : frameless(p, u, language, c, topics, minTopics);
    if (!m) continue;
    // An example met without a frame, on two topic concepts (ISIS and terrorism), is the topic, not the claim: it
    // must say the example's claim as a similarity match must (claim-keys.ts). "Islamic State attackers killed 32
    // people" names what "the US and NATO arm Islamic State terrorists" is about, and says nothing of arming.
    if (!m.frame && p.example && !vector && !unitSaysClaim(u, (unitTerms ??= similarityTerms(u)), c, i)) continue;
    const before = best.get(p.narrative);
    // Ties go to examples over frame patterns: an analyst reads the matched claim.
    if (!before || m.score > before.score || (m.score === before.score && p.example && !c.patterns[before.pattern].example)) {
      best.set(p.narrative, { narrative: p.narrative, pattern: i, score: m.score, frame: m.frame, negated: m.negated });
    }
  }
  // Example-only narratives: the most similar example, where it beats what frames and keywords gave.
  if (c.similar?.byKey.size || c.similar?.embedded) {
    const { terms, sims } = options.examples ?? exampleSimilarities(u, c.similar, vector, exampleSide, minShared);
    // A sentence says one claim: a narrative well behind the most similar one is a neighbour sharing its words
    // (biolabs and a lab-made virus), not a second claim.
    let top = 0;
    for (const cos of sims.values()) top = Math.max(top, cos);
    // The margin sets narratives apart, not examples: an example of a narrative whose best example is near the top
    // stands where it says the claim, though that best one (topic and actors: "the virus … the US … China") does not.
    // Keys, then each value: a [key, value] entry made per example met was most of what this function allocated.
    const leading = new Set<number>();
    for (const i of sims.keys()) if (sims.get(i)! >= SIMILAR_MARGIN * top) leading.add(c.patterns[i].narrative);
    const low = options.low;
    // The verifier's candidates under the match threshold, best per narrative (asked with the same claim and actor checks).
    const under = low ? new Map<number, UnitMatch>() : null;
    for (const i of sims.keys()) {
      const cos = sims.get(i)!;
      // The margin first: whether the actors are named is asked only of the examples near the top.
      if (!leading.has(c.patterns[i].narrative)) continue;
      if (under && low && cos >= low.threshold && cos < (threshold ?? SIMILARITY_THRESHOLD)) {
        const n = c.patterns[i].narrative;
        const score = lineScore(cos, threshold ?? SIMILARITY_THRESHOLD);
        if ((under.get(n)?.score ?? 0) >= score) continue;
        if (!vector && !unitSaysClaim(u, terms, c, i)) continue;
        if (cos < CORE_WAIVED_AT && !namesCore(terms, c.core?.get(n), context)) continue;
        under.set(n, { narrative: n, pattern: i, score, frame: null, negated: false });
        continue;
      }
      // Under the threshold an example scores nothing, and one no closer than the narrative's match so far adds
      // nothing: neither needs the claim and actor checks (the costly part), whatever they would say.
      const reach = similarityScore(cos, threshold);
      if (!reach || (best.get(c.patterns[i].narrative)?.score ?? 0) >= reach) continue;
      // The topic is not the claim: a sentence must share what the example says about it (claim-keys.ts); an
      // embedding model, where loaded, judges the meaning itself.
      if (!vector && !unitSaysClaim(u, terms, c, i)) continue;
      const named = cos >= CORE_WAIVED_AT || namesCore(terms, c.core?.get(c.patterns[i].narrative), context);
      const score = named ? reach : 0;
      if (!score) continue;
      const p = c.patterns[i];
      const before = best.get(p.narrative);
      if (!before || score > before.score) best.set(p.narrative, { narrative: p.narrative, pattern: i, score, frame: null, negated: false });
    }
    // Two example-only narratives met by the same unit: the one whose own elements it names (specific.ts).
    const similar = [...best.values()].filter((m) => m.frame === null && c.narrativeKeys?.has(m.narrative));
    if (similar.length > 1 && c.narrativeKeys) {
      const shared = new Map(similar.map((m) => [m.narrative, new Set([...(c.similar?.keys[m.pattern] ?? [])].filter((k) => terms.has(k)))]));
      const keep = mostSpecific(shared, c.narrativeKeys);
      for (const m of similar) if (!keep.has(m.narrative)) best.delete(m.narrative);
    }
    if (under && low) for (const m of under.values()) if (!best.has(m.narrative)) low.out.push(m);
  }
  return [...best.values()];
}

/**
 * The unit's similarity terms and its similarity with each example of the index it meets (pattern → cosine). With
 * `claims` (claim-keys.ts), an example whose claim words the unit does not share is not met: the topic is not the claim.
 */
export function exampleSimilarities(u: Features, idx: SimilarityIndex, vector: Float32Array | null, exampleSide?: number, minShared?: number, c?: CompiledCatalogue): { terms: Set<string>; sims: Map<number, number> } {
  const terms = similarityTerms(u);
  const sims = similarities(terms, idx, vector, true, lengthParts(u), exampleSide, minShared);
  if (c) for (const p of sims.keys()) if (!unitSaysClaim(u, terms, c, p)) sims.delete(p);
  return { terms, sims };
}

/** Whether a unit says the claim of example pattern `p`, not only its topic (claim-keys.ts). */
export function unitSaysClaim(u: Features, terms: ReadonlySet<string>, c: CompiledCatalogue, p: number): boolean {
  const idx = c.similar;
  return !c.claims || saysClaim(terms, u.topicKeys, c.claims[p], u.concepts, idx ? (key) => softNeighbours(idx, idx.weight.keys(), key) : undefined);
}

/**
 * Each example-only narrative's best similarity in a sentence where it leads (no narrative whose actors the
 * sentence names is more similar) and its actors are named (core-entities.ts), at any level: what article-level
 * evidence combines (article-evidence.ts). One entry per example of a leading narrative. `leaning`: the narratives
 * most similar to the sentence (within SIMILAR_MARGIN of the most similar, as for a match) whether or not it names
 * their actors (a pair of sentences may name them).
 */
export function leadingSimilarities(u: Features, c: CompiledCatalogue, vector: Float32Array | null, options: SimilarOptions = {}): { terms: Set<string>; sims: Map<number, number>; leaning: Set<number>; unnamed: Map<number, number> } {
  if (!c.similar) return { terms: new Set(), sims: new Map(), leaning: new Set(), unnamed: new Map() };
  const { terms, sims } = options.examples ?? exampleSimilarities(u, c.similar, vector, options.exampleSide, options.minShared);
  const bestOf = new Map<number, number>();
  const named = new Map<number, number>();
  // Whether the sentence names a narrative's actors depends on the narrative only: asked once per narrative, not
  // once per example (a sentence meets hundreds of examples).
  const naming = new Map<number, boolean>();
  // Keys, then each value, here and below: `for (const [i, cos] of sims)` makes an entry array per example met.
  for (const i of sims.keys()) {
    const cos = sims.get(i)!;
    const n = c.patterns[i].narrative;
    bestOf.set(n, Math.max(bestOf.get(n) ?? 0, cos));
    let names = naming.get(n);
    if (names === undefined) naming.set(n, (names = namesCore(terms, c.core?.get(n), options.context)));
    if (!names) continue;
    named.set(n, Math.max(named.get(n) ?? 0, cos));
  }
  // The examples of the most similar narratives whose actors are named, in the order met: gathered once the top is
  // known, rather than every named one set and the others deleted after.
  const topNamed = top(named);
  const kept = new Map<number, number>();
  for (const i of sims.keys()) {
    const best = named.get(c.patterns[i].narrative);
    if (best !== undefined && best >= topNamed) kept.set(i, sims.get(i)!);
  }
  const topAll = top(bestOf);
  // The examples of the sentence's most similar narrative where it does not name its actors: the other sentence of
  // a claim told in two may name them (article-evidence.ts).
  const unnamed = new Map<number, number>();
  for (const i of sims.keys()) {
    const cos = sims.get(i)!;
    if (!kept.has(i) && bestOf.get(c.patterns[i].narrative) === topAll && cos > 0) unnamed.set(i, cos);
  }
  const leaning = new Set<number>();
  for (const n of bestOf.keys()) if (bestOf.get(n)! >= SIMILAR_MARGIN * topAll) leaning.add(n);
  return { terms, sims: kept, leaning, unnamed };
}

/** The largest value, 0 for none (Math.max(0, ...values) without spreading them). */
function top(m: Map<number, number>): number {
  let out = 0;
  for (const v of m.values()) out = Math.max(out, v);
  return out;
}

interface Scored {
  score: number;
  frame: Frame | null;
  negated: boolean;
}

function framed(p: Pattern, u: Features, language: string, c: CompiledCatalogue): Scored | null {
  let best = 0;
  let top = 0;
  let hit: string | null = null;
  let affirmed: string | null = null;
  for (const key of p.frames) {
    const w = c.idf.get(key) ?? 1;
    if (w > top) top = w;
    if (!u.frames.has(key)) continue;
    if (!u.negated.has(key)) affirmed ??= key;
    if (w > best) {
      best = w;
      hit = key;
    }
  }
  if (!hit) return null;
  // Half of what is above the base for how specific the shared frame is (united-states>CREATE>isis over
  // west>CREATE>terrorism), half for the concepts and words shared.
  const specific = top ? best / top : 1;
  const score = FRAME_BASE + ((1 - FRAME_BASE) / 2) * (specific + cover(p, u, language, c));
  return { score: round(score), frame: u.frames.get(affirmed ?? hit)!, negated: affirmed === null };
}

function frameless(p: Pattern, u: Features, language: string, c: CompiledCatalogue, topics: ReadonlySet<string>, minTopics: number): Scored | null {
  // Without a frame, the sentence must name the narrative: one of its keywords, or two of its topics (Maidan and a
  // coup) besides whatever else it shares.
  let shared = 0;
  let topical = 0;
  let keyword = false;
  for (const t of p.concepts) {
    if (!u.concepts.has(t)) continue;
    shared++;
    if (t.startsWith('n:')) keyword = true;
    else if (isTopic(t, topics)) topical++;
  }
  if (shared < 2 || !(keyword || topical >= minTopics)) return null;
  return { score: round(FRAMELESS_MAX * cover(p, u, language, c)), frame: null, negated: false };
}

/** The share of the pattern's weight (IDF) the text has; words count only between texts of one language. */
function cover(p: Pattern, u: Features, language: string, c: CompiledCatalogue): number {
  let all = 0;
  let hit = 0;
  for (const t of p.concepts) {
    const w = c.idf.get(t) ?? 1;
    all += w;
    if (u.concepts.has(t)) hit += w;
  }
  if (p.language === language) {
    for (const t of p.words) {
      const w = c.idf.get(t) ?? 1;
      all += w;
      if (u.words.has(t)) hit += w;
    }
  }
  return all ? hit / all : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
