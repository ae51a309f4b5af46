import { withLayers, withMessages } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Message, NarrativeMatch, NarrativeStance, Span } from '../../core/types.js';
import { loadEmbeddings, type Embedder } from '../../knowledge/embeddings/index.js';
import { buildKnowledge, type NarrativeKnowledge } from './compile.js';
import { isDenial, negatedTerms } from './patterns.js';
import { docFeatures } from './doc-features.js';
import { featuresOf, type Features } from './features.js';
import { exampleSimilarities, leadingSimilarities, matchUnit, unitSaysClaim, type UnitMatch } from './score.js';
import { ARTICLE_COVERAGE, ARTICLE_OPENING, ARTICLE_SENTENCE_FLOOR, articleEvidence, type SentenceSimilarity } from './article-evidence.js';
import { leadingNarratives, pairStance, similarityPair } from './windows.js';
import { CLAUSE_MIN_SHARED, CLAUSE_SENTENCE_FLOOR, clauseRanges } from './clauses.js';
import { REPEATED_STRONG, repeatedEvidence } from './repeated-evidence.js';
import { actorsElsewhere } from './actors-elsewhere.js';
import { actorsNamed, namesAnyActor } from './core-entities.js';
import { actorContext, topicReach } from './topic-scope.js';
import { claimAims, saysAim, narrativeTargets, targetsNamed, type ClaimAim } from './topic-targets.js';
import { accusedActs, nameKeywordsOnly } from './agent-claims.js';
import { cosineAt, lengthParts, mayReach, SENTENCE_EXAMPLE_SIDE, SENTENCE_MIN_SHARED, SENTENCE_THRESHOLD, similarityScore, similarityTerms } from './similar.js';
import { withoutCounterClaim } from './stance-counter.js';
import { articleStance } from './article-stance.js';
import { rejectsBelief, stanceOf, type StanceContext } from './stance.js';
import { guardedStance, loadStanceModel, predictStance, stanceFeatures, type StanceModel } from './stance-model.js';
import { mayKeep, verifierFeatures, type Route } from './verifier-features.js';
import { CANDIDATE_FLOOR, loadVerifierModel, verifierProbability, type VerifierModel } from './verifier-model.js';
import { candidateFacts, type LowMatch } from './verifier-candidates.js';

export interface NarrativesOptions {
  /** Catalogue files (YAML or JSON, format in src/knowledge/narratives/README.md), added to the built-in catalogue. */
  files?: string[];
  /** false: leave the built-in catalogue out, so `files` replace it. */
  builtIn?: boolean;
  /** Least score of a reported narrative, in [0, 1] (default 0.5). */
  minScore?: number;
  /** A folder with a local ONNX sentence-embedding model and its tokenizer.json (src/knowledge/embeddings). */
  embeddings?: string;
  /**
   * The article stance (`articleStance`): by default the learned model shipped in data/stance-model.json
   * (stance-model.ts); a path reads another such file; false takes the strongest of the mentions' rule stances.
   */
  stanceModel?: boolean | string;
  /**
   * Which narratives are kept: by default the learned verifier shipped in data/narrative-model.json
   * (verifier-model.ts) judges every candidate met at a floor under minScore; a path reads another such file; false
   * keeps what the rules keep (scores at minScore and above, through every gate).
   */
  narrativeModel?: boolean | string;
  /**
   * For the eval and scripts/train-narrative-model.ts: every candidate is kept, and each one's features and the
   * rules' decision are handed here first, so the caller can decide with a model trained without this article.
   */
  candidates?: (list: readonly NarrativeCandidate[]) => void;
}

/** A candidate (article, narrative) as the verifier reads it, with the rules' decision. */
export interface NarrativeCandidate {
  id: string;
  x: number[];
  rules: boolean;
}

/** How the stage decides which narratives to keep: the verifier's model, or every candidate for a caller that decides. */
interface Verify {
  model: VerifierModel | null;
  candidates?: (list: readonly NarrativeCandidate[]) => void;
}

export const DEFAULT_MIN_SCORE = 0.5;
/** The verifier's candidates under the floor (verifier-candidates.ts): CANDIDATE_FLOOR as a cosine on similarity's line. */
const LOW_COSINE = cosineAt(CANDIDATE_FLOOR, SENTENCE_THRESHOLD);
const STANCE_ORDER: NarrativeStance[] = ['asserts', 'endorses', 'reports', 'refutes'];
const EXAMPLES_SHOWN = 3;
const SHORT_ARTICLE = 12;
const SENTENCE_MATCH = { threshold: SENTENCE_THRESHOLD, exampleSide: SENTENCE_EXAMPLE_SIDE, minShared: SENTENCE_MIN_SHARED };
const NO_NARRATIVES: ReadonlySet<number> = new Set();

/**
 * Which catalogued narratives the article carries, and how: one entry per narrative and stance (asserts, reports,
 * refutes), with the sentences as evidence, so an outlet that reports an envoy's claim and then makes it its own
 * shows both. Sentences match a narrative by claim frames on canonical entity ids (any language), or by topic
 * concepts and words shared with its examples.
 */
export const narratives = defineStage<NarrativesOptions | undefined>({
  name: 'narratives',
  requires: ['sentences', 'entities', 'quotes', 'language'],
  assigns: ['narratives'],
  create(options) {
    const minScore = options?.minScore ?? DEFAULT_MIN_SCORE;
    if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`narratives: minScore must be in [0, 1], got ${minScore}`);
    const embedder = options?.embeddings ? loadEmbeddings(options.embeddings) : null;
    const knowledge = buildKnowledge({ files: options?.files, builtIn: options?.builtIn, embed: embedder?.embed });
    const model = options?.stanceModel === false ? null : typeof options?.stanceModel === 'string' ? loadStanceModel(options.stanceModel) : loadStanceModel();
    const verifier = options?.narrativeModel === false ? null : typeof options?.narrativeModel === 'string' ? loadVerifierModel(options.narrativeModel) : loadVerifierModel();
    // Without a model file (and without a caller that decides) the rules decide: no candidates under the floor are read.
    const verify: Verify | null = options?.candidates ? { model: null, candidates: options.candidates } : verifier ? { model: verifier } : null;
    return function findNarratives(doc: Doc): Doc {
      if (!knowledge.compiled.patterns.length) {
        const reason = 'No narrative catalogue was given (the built-in one is off and the --narratives files hold none): narratives were not matched.';
        return withMessages(withLayers(doc, { narratives: [] }), [message('narratives', 'no-catalogue', 'info', reason)]);
      }
      const messages: Message[] = [];
      const language = doc.meta.language ?? 'en';
      if (!knowledge.lexicon.languages.includes(language)) {
        const reason = `Narrative cues cover ${knowledge.lexicon.languages.join(', ')}; this text reads as "${language}", so only names and every language's cues at once were used: narratives may be missed.`;
        messages.push(message('narratives', 'language-not-covered', 'info', reason, null, { actual: language }));
      }
      return withMessages(withLayers(doc, { narratives: matchDoc(doc, language, knowledge, minScore, embedder, model, verify) }), messages);
    };
  },
});

interface Found {
  narrative: number;
  stance: NarrativeStance;
  score: number;
  evidence: Span;
  example: string;
  exampleScore: number;
  /** The route that found it, and whether a claim frame met it (the verifier's features). */
  route: Route;
  frame: boolean;
}

function matchDoc(doc: Doc, language: string, k: NarrativeKnowledge, minScore: number, embedder: Embedder | null, model: StanceModel | null, verify: Verify | null): NarrativeMatch[] {
  const sentences = doc.layers.sentences ?? [];
  const { reading, ranges, sentences: features } = docFeatures(doc, language, k);
  // Sentences are embedded only where example-only narratives have embedded examples to meet.
  const vectors = embedder && k.compiled.similar?.embedded ? embedder.embed(sentences.map((s) => doc.text.slice(s.start, s.end))) : null;
  const ctx: StanceContext = { doc, reading, sentences, ranges, quotes: doc.layers.quotes ?? [], denials: k.compiled.denials,
    deniesIn: (p) => {
      const pattern = k.compiled.patterns[p];
      if (!pattern?.example) return undefined;
      return pattern.negative ? 'negation' : pattern.verdict ? 'verdict' : 'affirms';
    },
    saysDenied: (i, p) => {
      const denied = k.compiled.patterns[p]?.denied ?? [];
      const f = features[i];
      return [denied.filter((w) => w.some((key) => f.keys.has(key) || f.concepts.has(key))).length, denied.length];
    },
  };
  const found: Found[] = [];
  const lows: LowMatch[] = [];
  // Called for every sentence and pair: allocates nothing where no match falls under the floor (most units).
  const isLow = (m: UnitMatch) => m.score < minScore && m.score >= CANDIDATE_FLOOR;
  const lowMatches = (met: readonly UnitMatch[], under: readonly UnitMatch[], at: number[], route: LowMatch['route']) => {
    let top = 0;
    let any = under.length > 0;
    for (const m of met) {
      top = Math.max(top, m.score);
      if (isLow(m)) any = true;
    }
    if (!any) return;
    for (const m of under) top = Math.max(top, m.score);
    for (const m of met) if (isLow(m)) lows.push({ m, sentences: at, route, leads: m.score >= top });
    for (const m of under) lows.push({ m, sentences: at, route, leads: m.score >= top });
  };
  const add = (i: number, m: UnitMatch, route: Route = 'sentence', into: Found[] = found) => {
    // A name keyword is no claim: the named accused must be the agent of a claim frame (agent-claims.ts).
    if (nameKeywordsOnly(k.compiled.narratives[m.narrative]) && !accusedActs(k.compiled.narratives[m.narrative], m.frame)) return;
    const { stance, evidence } = stanceOf(ctx, i, m);
    const p = k.compiled.patterns[m.pattern];
    into.push({ narrative: m.narrative, stance, score: m.score, evidence, example: p.text, exampleScore: p.example ? m.score : m.score - 1, route, frame: !!m.frame });
  };
  // A claim read across two sentences takes the stance that governs either (windows.ts); its evidence is both.
  // Whether sentence j says the claim of the match's example, not only its topic (claim-keys.ts).
  // A sentence's similarity terms, as the sentence loop below computed them (leadingSimilarities), else on demand.
  const termsOf: (Set<string> | undefined)[] = [];
  const saysClaim = (j: number, m: UnitMatch) =>
    !!features[j] && (!!vectors?.[j] || unitSaysClaim(features[j]!, (termsOf[j] ??= similarityTerms(features[j]!)), k.compiled, m.pattern));
  // A denial narrative's verdict words say its claim in any sentence that says it (stance.ts).
  // Whether a stretch of words (a negation's scope) says the claim of a pattern's example, not only its topic.
  ctx.claimIn = (from, to, pattern) => {
    const f = featuresOf(reading, from, to, k.concepts);
    return unitSaysClaim(f, similarityTerms(f), k.compiled, pattern);
  };
  // The example patterns of each narrative: a lie word one of them says is the claim's (stance.ts claimWord).
  const examples = examplePatterns(k);
  ctx.examplesOf = (n) => examples.get(n) ?? [];
  // The words each narrative's examples negate themselves ("never existed as a nation"): negated again, they say the claim.
  ctx.negatedIn = (from, to, n) => {
    const negated = (examples.get(n) ?? []).flatMap((p) => (k.compiled.negatedKeys?.[p] ? [k.compiled.negatedKeys[p]!] : []));
    return negated.length > 0 && negatedTerms(reading, from, to, k.concepts).some((key) => negated.some((set) => set.has(key)));
  };
  // What each narrative's claim acts on (topic-targets.ts claimAims: its frames' patients, "isis" for "the US created ISIS").
  ctx.claimObjects = (n) => aimsOf(k)[n]?.patients ?? new Set();
  ctx.saysClaimOf = (j, n) => (k.compiled.denials?.[n] ?? []).some((pattern) => saysClaim(j, { narrative: n, pattern, score: 0, frame: null, negated: false }));
  // The rival's account refuted before the claim is the counter-claim (stance-counter.ts); so is a belief the outlet
  // rejects ("Wer glaubt, …, hat nicht hingesehen"), whatever words of the claim it holds.
  const governs = (m: UnitMatch, sentences: number[], stances: NarrativeStance[]) =>
    pairStance(withoutCounterClaim(sentences.map((j, x) => ({ sentence: j, stance: stances[x], claim: saysClaim(j, m) && !rejectsBelief(ctx, j), belief: rejectsBelief(ctx, j) })), !!ctx.debunk));
  const addPair = (i: number, m: UnitMatch, into: Found[] = found) => {
    const both = [stanceOf(ctx, i - 1, m), stanceOf(ctx, i, m)];
    const governing = governs(m, [i - 1, i], both.map((b) => b.stance));
    const p = k.compiled.patterns[m.pattern];
    for (const b of both) into.push({ narrative: m.narrative, stance: governing, score: m.score, evidence: b.evidence, example: p.text, exampleScore: p.example ? m.score : m.score - 1, route: 'pair', frame: false });
  };
  // The narratives each sentence carries alone, and those a pair of sentences carries, by sentence (a clause of
  // either adds nothing to it). Made for the few sentences that carry one: most sentences carry none.
  const single: (Set<number> | undefined)[] = [];
  const paired: (Set<number> | undefined)[] = [];
  // Each sentence's similarity with the examples (pattern → cosine), for its clauses (clauses.ts).
  const sentenceSims: (Map<number, number> | undefined)[] = [];
  // Every unit's matches (sentences, then pairs): a narrative is kept where it leads one of them (windows.ts).
  const units: UnitMatch[][] = [];
  // Each sentence's similarity with the examples of the narrative it leads, for article-level evidence.
  const leads: SentenceSimilarity[] = [];
  // The narratives each sentence is most similar to, actors named or not (none for an empty sentence).
  const leans: ReadonlySet<number>[] = sentences.map(() => NO_NARRATIVES);
  const headline = actorsNamed([features[0]]);
  // Whether sentence i says the claim of a pattern it leans to, asked only where article evidence may use the
  // sentence (the opening, above its floor): the check is not free. One function for all sentences, not one each.
  const leadSaysClaim = (i: number, terms: ReadonlySet<string>, pattern: number, cosine: number) =>
    i >= ARTICLE_OPENING || cosine < ARTICLE_SENTENCE_FLOOR ? undefined : !!vectors?.[i] || unitSaysClaim(features[i]!, terms, k.compiled, pattern);
  for (let i = 0; i < sentences.length; i++) {
    const [from, to] = ranges[i];
    if (to <= from) continue;
    // The claim's actor may be named just before ("Washington paid the crowd. This coup …") or in the headline.
    const context = actorContext(i, headline, features);
    // A headline is short ("The noose tightens"): the lead that spells it out names its actors.
    // A lead that names no one ("Il suffit de comparer.", "Non.") hands that on to the sentence after it.
    if (i === 0) for (const c of leadActors(features)) context.add(c);
    // The sentence's similarity with the examples, worked out once for both matchUnit and leadingSimilarities.
    const similar = k.compiled.similar;
    const examples = similar && (similar.byKey.size || similar.embedded) ? exampleSimilarities(features[i], similar, vectors?.[i] ?? null, SENTENCE_MATCH.exampleSide, SENTENCE_MATCH.minShared) : undefined;
    const under: UnitMatch[] = [];
    const options = { ...SENTENCE_MATCH, context, examples, low: verify ? { threshold: LOW_COSINE, out: under } : undefined };
    const met = matchUnit(features[i], language, k.compiled, k.lexicon.concepts, 2, vectors?.[i] ?? null, options);
    const matches = met.filter((m) => m.score >= minScore);
    if (verify) lowMatches(met, under, [i], 'low-sentence');
    units.push(matches);
    sentenceSims[i] = examples?.sims;
    if (k.compiled.similar?.byKey.size) {
      const { terms, sims, leaning, unnamed } = leadingSimilarities(features[i], k.compiled, vectors?.[i] ?? null, options);
      // Keys, then each value: `for (const [pattern, cosine] of sims)` makes an entry array per example.
      for (const pattern of sims.keys()) {
        const cosine = sims.get(pattern)!;
        leads.push({ sentence: i, pattern, narrative: k.compiled.patterns[pattern].narrative, cosine, terms, claim: leadSaysClaim(i, terms, pattern, cosine) });
      }
      for (const pattern of unnamed.keys()) {
        const cosine = unnamed.get(pattern)!;
        leads.push({ sentence: i, pattern, narrative: k.compiled.patterns[pattern].narrative, cosine, terms, named: false, claim: leadSaysClaim(i, terms, pattern, cosine) });
      }
      leans[i] = leaning;
      termsOf[i] = terms;
    }
    for (const m of matches) {
      (single[i] ??= new Set()).add(m.narrative);
      add(i, m);
    }
  }
  // A pair that names no actor at all (its sentences speak of them by pronoun: "Western media are part of the war
  // room. It lies when it speaks. …") takes them from the sentence just before it, as a sentence does (actorContext);
  // a pair that names actors of its own is about those (an MH17 pair naming Kyiv is no media pair).
  // A claim is often spread over two sentences ("Who created the jihadists?" / "Washington did, and armed them"):
  // each sentence with the one before it is compared too, for example-only narratives. One of the two must lean
  // to the narrative on its own (shares two words with an example and is most similar to it): two sentences of
  // other news that each bring one of its words ("Western governments met Russia." / "Media were not invited.")
  // are no claim; on 455 long real articles this kept 7 of 19 spurious pair matches out, on eval/narratives one
  // match (its stance wrong) of all splits'.
  // A pair matches only by an example it comes to SENTENCE_THRESHOLD with (or, gathering the verifier's candidates,
  // LOW_COSINE), and about 99 pairs in 100 come near none (on the bench corpus, 86 of 8,248 pairs matched): mayReach
  // (similar.ts) rules those out first, at a fraction of the cost, with an upper bound of what the full matching would
  // find; it never rules out a pair that matches.
  const pairMatches = (i: number, under?: UnitMatch[]): UnitMatch[] => {
    const a = lengthParts(features[i - 1]);
    const b = lengthParts(features[i]);
    const units = a && b ? [{ terms: (termsOf[i - 1] ??= similarityTerms(features[i - 1])), parts: a }, { terms: (termsOf[i] ??= similarityTerms(features[i])), parts: b }] : null;
    if (k.compiled.similar && units && !mayReach(units, k.compiled.similar, SENTENCE_MATCH.exampleSide, under ? LOW_COSINE : SENTENCE_MATCH.threshold)) return [];
    return matchUnit(similarityPair(features[i - 1], features[i]), language, k.compiled, k.lexicon.concepts, 2, null, { ...SENTENCE_MATCH, similarOnly: true, context: namesAnyActor([features[i - 1], features[i]]) ? actorContext(i, headline, []) : actorContext(i - 1, headline, features), low: under ? { threshold: LOW_COSINE, out: under } : undefined }).filter((m) => m.score >= minScore);
  };
  // A pair neither sentence of which leans to any narrative adds no match (addPair needs a lean): its matches can
  // only make a narrative lead a unit, which is asked at the end, and only of narratives found by similarity that
  // lead no other unit. Nearly half the pairs of long articles are such, and they are rarely needed.
  const unleaning: number[] = [];
  for (let i = 1; k.compiled.similar?.byKey.size && i < sentences.length; i++) {
    if (ranges[i][1] <= ranges[i][0] || ranges[i - 1][1] <= ranges[i - 1][0]) continue;
    if (!leans[i - 1].size && !leans[i].size) {
      unleaning.push(i);
      continue;
    }
    const under: UnitMatch[] | undefined = verify ? [] : undefined;
    const matches = pairMatches(i, under);
    units.push(matches);
    // A pair carries a narrative neither of its sentences carries alone and one of them leans to; so does its
    // candidate under the floor.
    const carries = (m: UnitMatch) => !single[i]?.has(m.narrative) && !single[i - 1]?.has(m.narrative) && (leans[i - 1].has(m.narrative) || leans[i].has(m.narrative));
    if (under?.length) lowMatches(matches, under.filter(carries), [i - 1, i], 'low-pair');
    for (const m of matches) {
      if (!carries(m)) continue;
      addPair(i, m);
      (paired[i - 1] ??= new Set()).add(m.narrative);
      (paired[i] ??= new Set()).add(m.narrative);
    }
  }
  // A claim said in one clause of a long sentence, diluted by the rest of it (clauses.ts): each clause is compared
  // alone, for example-only narratives, with the checks of a sentence (the claim said, not only its topic) and more:
  // the clause shares three words or entities with the example (CLAUSE_MIN_SHARED) and itself names the actors the
  // narrative accuses (its core entities; a narrative with none gets no clause reading), the whole sentence leans to
  // the narrative (most similar to it, within the margin) and comes near it (CLAUSE_SENTENCE_FLOOR), and no sentence
  // or pair already carries it there (a pair's stance stands). The stance is the whole sentence's. Without these, on
  // the 1,295 real articles, short clauses around one rare word ("and its ruling regime", "the Nazi swastika") or
  // the actors of another sentence made 6 more false matches.
  for (let i = 0; k.compiled.similar?.byKey.size && i < sentences.length; i++) {
    // The sentence's nearness first: most sentences come near no narrative, and cutting clauses is not free.
    const near = new Set<number>();
    const sims = sentenceSims[i];
    for (const pattern of sims?.keys() ?? []) if (sims!.get(pattern)! >= CLAUSE_SENTENCE_FLOOR) near.add(k.compiled.patterns[pattern].narrative);
    if (!near.size) continue;
    const clauses = clauseRanges(reading.tokens, ranges[i][0], ranges[i][1]);
    if (!clauses.length) continue;
    for (const [from, to] of clauses) {
      const f = featuresOf(reading, from, to, k.concepts);
      const matches = matchUnit(f, language, k.compiled, k.lexicon.concepts, 2, null, { ...SENTENCE_MATCH, minShared: CLAUSE_MIN_SHARED, similarOnly: true, context: new Set() });
      for (const m of matches) {
        if (m.score < minScore || single[i]?.has(m.narrative) || paired[i]?.has(m.narrative) || !leans[i].has(m.narrative) || !near.has(m.narrative)) continue;
        if (!k.compiled.core?.get(m.narrative)?.size) continue;
        (single[i] ??= new Set()).add(m.narrative);
        add(i, m, 'clause');
        units.push([m]);
      }
    }
  }
  // A claim no sentence or pair says enough alone, carried by two sentences that each say part of it
  // (article-evidence.ts): its stance is the one that governs either, its evidence both.
  if (k.compiled.similar) {
    for (const e of articleEvidence(leads, k.compiled.similar, new Set(found.map((f) => f.narrative)))) {
      const m: UnitMatch = { narrative: e.narrative, pattern: e.pattern, score: similarityScore(e.coverage, ARTICLE_COVERAGE), frame: null, negated: false };
      if (m.score < minScore) continue;
      const each = e.sentences.map((i) => stanceOf(ctx, i, m));
      // The headline frames what the body says in parts ("Why the dollar will not collapse"): where it shares a
      // word with the example, it is read with them, and is evidence where its stance is the one that governs.
      const framing = !e.sentences.includes(0) && exampleSimilarities(features[0], k.compiled.similar, null, SENTENCE_EXAMPLE_SIDE, 1, k.compiled).sims.has(e.pattern) ? stanceOf(ctx, 0, m) : null;
      const governing = framing ? pairStance([...each, framing].map((b) => b.stance)) : governs(m, e.sentences, each.map((b) => b.stance));
      if (framing?.stance === governing && !each.some((b) => b.stance === governing)) each.unshift(framing);
      const p = k.compiled.patterns[m.pattern];
      for (const b of each) found.push({ narrative: m.narrative, stance: governing, score: m.score, evidence: b.evidence, example: p.text, exampleScore: m.score, route: 'article', frame: false });
      units.push([m]);
    }
  }
  // A claim the article comes back to in two nearby sentences, each too weak alone (repeated-evidence.ts); a claim a
  // sentence of a short article says well, its actors named in another sentence that says it too (actors-elsewhere.ts).
  if (k.compiled.similar) {
    const says = (s: SentenceSimilarity) => !!features[s.sentence] && (!!vectors?.[s.sentence] || unitSaysClaim(features[s.sentence]!, s.terms, k.compiled, s.pattern));
    const repeated = repeatedEvidence(leads, new Set(found.map((f) => f.narrative)), says, (p) => k.compiled.similar?.keys[p] ?? null, sentences.length <= SHORT_ARTICLE ? sentences.length : ARTICLE_OPENING).map((e) => ({ ...e, floor: REPEATED_STRONG }));
    const elsewhere = sentences.length > SHORT_ARTICLE ? [] : actorsElsewhere(leads, new Set([...found, ...repeated].map((f) => f.narrative)), says, (n) => k.compiled.core?.get(n), SENTENCE_THRESHOLD, actorsNamed([features[1]]).size > 0).map((e) => ({ ...e, floor: SENTENCE_THRESHOLD }));
    for (const e of [...repeated, ...elsewhere]) {
      const m: UnitMatch = { narrative: e.narrative, pattern: e.pattern, score: similarityScore(e.cosine, e.floor), frame: null, negated: false };
      if (m.score < minScore) continue;
      const sentencesOf = [...e.sentences].sort((a, b) => a - b);
      const each = sentencesOf.map((i) => stanceOf(ctx, i, m));
      const governing = governs(m, sentencesOf, each.map((b) => b.stance));
      const p = k.compiled.patterns[m.pattern];
      for (const b of each) found.push({ narrative: m.narrative, stance: governing, score: m.score, evidence: b.evidence, example: p.text, exampleScore: m.score, route: 'repeated', frame: false });
      units.push([m]);
    }
  }
  const leading = leadingNarratives(units);
  // Only example-only narratives (matched by similarity: those with core actors, worked out at compile time) are
  // neighbours so; a frame or keyword match stands, and a broader narrative beside its narrower one is aggregate's to drop.
  const bySimilarity = k.compiled.core;
  // The pairs left out above, matched only while a narrative found by similarity leads no unit yet: the set of
  // leading narratives is then what matching every pair first would give, for every narrative it is asked about.
  const unled = new Set(found.filter((f) => bySimilarity?.has(f.narrative) && !leading.has(f.narrative)).map((f) => f.narrative));
  for (let x = 0; x < unleaning.length && unled.size; x++) {
    for (const n of leadingNarratives([pairMatches(unleaning[x])])) {
      leading.add(n);
      unled.delete(n);
    }
  }
  // A sentence must name what its narrative is about (topic-targets.ts): sharing its words is not enough; in a short
  // article, a sentence naming no one may take it from the whole article (topic-scope.ts topicReach).
  const about = (f: Pick<Found, 'narrative' | 'evidence'>) => targetsNamed(doc, sentences, language, f.evidence, narrativeTargets(k.compiled.narratives[f.narrative]), topicReach(doc, sentences, f.evidence, sentences.length <= SHORT_ARTICLE));
  // And where its claim acts on that target ("the West created ISIS"), its claim's cues must not act on something
  // else ("the US created a coalition against ISIS"; topic-targets.ts).
  const aims = aimsOf(k);
  const aimed = (f: Pick<Found, 'narrative' | 'evidence'>) => {
    const aim = aims[f.narrative];
    if (!aim) return true;
    const i = sentences.findIndex((s) => s.start <= f.evidence.start && f.evidence.start < s.end);
    // The act may be said in a sentence beside it ("Kremlin accuses Western media" over "… of spreading lies").
    return i < 0 || saysAim(reading, ranges[i][0], ranges[i][1], features[i]?.frames.values() ?? [], aim, [features[i - 1]?.keys, features[i]?.keys, features[i + 1]?.keys]);
  };
  // The article's stance on each narrative, by the learned model where there is one (stance-model.ts).
  const input = { reading, ranges, sentences, quotes: ctx.quotes, entities: doc.layers.entities, language };
  const learned = model ? (n: number, evidence: Span[]) => predictStance(model, stanceFeatures(input, evidence, isDenial(k.compiled, n))) : null;
  const kept = found.filter((f) => (!bySimilarity?.has(f.narrative) || leading.has(f.narrative)) && about(f) && aimed(f));
  // Most articles meet no narrative at all, at the floor or under it: nothing for the verifier to judge.
  if (!verify || (!found.length && !lows.length)) return aggregate(kept, k, learned);
  // The verifier: every narrative met at the candidate floor, judged on its features (verifier-model.ts).
  const sentenceOf = (span: Span) => sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  const actors = actorsNamed(features);
  const facts = candidateFacts({
    found: found.map((f) => ({ narrative: f.narrative, sentence: sentenceOf(f.evidence), score: f.score, route: f.route, frame: f.frame })),
    lows,
    kept: new Set(kept.map((f) => f.narrative)),
    leading,
    about: (n, i) => i >= 0 && about({ narrative: n, evidence: sentences[i] }),
    aimed: (n, i) => i >= 0 && aimed({ narrative: n, evidence: sentences[i] }),
    denial: (n) => isDenial(k.compiled, n),
    exampleOnly: (n) => !!bySimilarity?.has(n),
    coreNamed: (n) => [...(k.compiled.core?.get(n) ?? [])].every((c) => actors.has(c)),
    ...bestCosines(sentenceSims, (p) => k.compiled.patterns[p].narrative),
    sentences: sentences.length,
    language,
    floor: CANDIDATE_FLOOR,
  });
  const rows = [...facts].map(([n, f]) => ({ n, x: verifierFeatures(f, minScore), rules: f.rules }));
  verify.candidates?.(rows.map((r) => ({ id: k.compiled.narratives[r.n].id, x: r.x, rules: r.rules })));
  const chosen = new Set(rows.filter((r) => !verify.model || (mayKeep(r.x) && verifierProbability(verify.model, r.x) >= verify.model.threshold)).map((r) => r.n));
  return aggregate(verifiedEvidence(chosen, kept, found, lows, add, addPair), k, learned);
}

/** Each narrative's best cosine with a sentence of the article, and with its headline, in one pass over the sentences. */
function bestCosines(sims: readonly (Map<number, number> | undefined)[], narrativeOf: (pattern: number) => number): { bestCosine: Map<number, number>; headlineCosine: Map<number, number> } {
  const bestCosine = new Map<number, number>();
  const headlineCosine = new Map<number, number>();
  sims.forEach((m, i) => {
    for (const p of m?.keys() ?? []) {
      const n = narrativeOf(p);
      const cos = m!.get(p)!;
      if (cos > (bestCosine.get(n) ?? 0)) bestCosine.set(n, cos);
      if (i === 0 && cos > (headlineCosine.get(n) ?? 0)) headlineCosine.set(n, cos);
    }
  });
  return { bestCosine, headlineCosine };
}

/**
 * The evidence of the narratives the verifier keeps: the rules' where they keep the narrative, else what the routes
 * found before the gates, else its matches under the floor, read for stance as the routes read theirs.
 */
function verifiedEvidence(chosen: ReadonlySet<number>, kept: readonly Found[], found: readonly Found[], lows: readonly LowMatch[], add: (i: number, m: UnitMatch, route: Route, into: Found[]) => void, addPair: (i: number, m: UnitMatch, into: Found[]) => void): Found[] {
  const ruled = new Set(kept.map((f) => f.narrative));
  const met = new Set(found.map((f) => f.narrative));
  const out = kept.filter((f) => chosen.has(f.narrative));
  for (const f of found) if (chosen.has(f.narrative) && !ruled.has(f.narrative)) out.push(f);
  for (const l of lows) {
    if (!chosen.has(l.m.narrative) || met.has(l.m.narrative)) continue;
    if (l.route === 'low-pair') addPair(l.sentences[1], l.m, out);
    else add(l.sentences[0], l.m, 'low-sentence', out);
  }
  return out;
}

/**
 * The actors the headline takes from the body: the lead's (a short headline, "The noose tightens", is spelt out by
 * the lead that names NATO), or, where the lead names no one ("Il suffit de comparer.", "Non."), the next sentence's.
 */
function leadActors(features: readonly (Features | undefined)[]): Set<string> {
  const lead = actorsNamed([features[1]]);
  return lead.size ? lead : actorsNamed([features[2]]);
}

/** Each narrative's claim aim (topic-targets.ts claimAims), worked out once per compiled catalogue. */
function aimsOf(k: NarrativeKnowledge): (ClaimAim | null)[] {
  return claimAims(k.compiled, k.compiled.narratives, (n) => narrativeFrames(k, n), (n) => narrativePredicates(k, n));
}

/** Each narrative's example patterns, gathered once per compiled catalogue (not per document). */
const examplesByCatalogue = new WeakMap<object, Map<number, number[]>>();
function examplePatterns(k: NarrativeKnowledge): Map<number, number[]> {
  let byNarrative = examplesByCatalogue.get(k.compiled);
  if (!byNarrative) {
    byNarrative = new Map();
    for (let i = 0; i < k.compiled.patterns.length; i++) {
      const p = k.compiled.patterns[i];
      if (!p.example) continue;
      const list = byNarrative.get(p.narrative);
      if (list) list.push(i);
      else byNarrative.set(p.narrative, [i]);
    }
    examplesByCatalogue.set(k.compiled, byNarrative);
  }
  return byNarrative;
}

/** The frame keys of a narrative's patterns (its named frame) and of each of its examples, shared or not. */
function* narrativeFrames(k: NarrativeKnowledge, n: number): Iterable<string> {
  for (const p of k.compiled.patterns) if (p.narrative === n) yield* p.frames;
  yield* k.compiled.exampleFrames?.[n] ?? [];
}

/** The predicate classes (p:…) of a narrative's claim keys (claim-keys.ts) and named predicates. */
function* narrativePredicates(k: NarrativeKnowledge, n: number): Iterable<string> {
  yield* k.compiled.narratives[n].predicates;
  for (let i = 0; i < k.compiled.patterns.length; i++) if (k.compiled.patterns[i].narrative === n) for (const c of k.compiled.claims?.[i] ?? []) if (c.startsWith('p:')) yield c;
}

/** One entry per narrative and stance; a narrative whose more specific child matched as strongly is left out. */
function aggregate(found: Found[], k: NarrativeKnowledge, learned: ((narrative: number, evidence: Span[]) => NarrativeStance) | null): NarrativeMatch[] {
  const groups = new Map<string, Found[]>();
  for (const f of found) {
    const key = `${f.narrative}\u0000${f.stance}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: NarrativeMatch[] = [];
  // Each entry's narrative, by index in the catalogue, for the article stance below.
  const narrativeOf = new Map<NarrativeMatch, number>();
  for (const list of groups.values()) {
    const n = k.compiled.narratives[list[0].narrative];
    const best = Math.max(...list.map((f) => f.score));
    const evidence = dedupe(list.map((f) => f.evidence));
    const examples = [...list].sort((a, b) => b.exampleScore - a.exampleScore).map((f) => f.example);
    const entry: NarrativeMatch = {
      id: n.id,
      title: n.title,
      score: Math.min(1, Math.round((best + 0.05 * (evidence.length - 1)) * 1000) / 1000),
      stance: list[0].stance,
      evidence,
      matchedExamples: [...new Set(examples)].slice(0, EXAMPLES_SHOWN),
    };
    out.push(entry);
    narrativeOf.set(entry, list[0].narrative);
  }
  // A broader narrative adds nothing where a narrower one (its descendant) holds all its evidence in the same stance.
  const covers = (o: NarrativeMatch, m: NarrativeMatch) => m.evidence.every((e) => o.evidence.some((x) => x.start === e.start && x.end === e.end));
  const kept = out.filter((m) => !out.some((o) => o.stance === m.stance && k.compiled.ancestors.get(o.id)?.includes(m.id) && covers(o, m)));
  // One article stance per narrative, on each of its entries.
  const byNarrative = new Map<number, NarrativeMatch[]>();
  for (const m of kept) {
    const n = narrativeOf.get(m)!;
    byNarrative.set(n, [...(byNarrative.get(n) ?? []), m]);
  }
  for (const [n, same] of byNarrative) {
    const rules = articleStance(same.map((o) => o.stance))!;
    const stance = learned ? guardedStance(learned(n, same.flatMap((o) => o.evidence)), rules) : rules;
    for (const m of same) m.articleStance = stance;
  }
  return kept.sort((a, b) => b.score - a.score || STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) || a.id.localeCompare(b.id));
}

function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.start}:${s.end}`) && !!seen.add(`${s.start}:${s.end}`)).sort((a, b) => a.start - b.start);
}
