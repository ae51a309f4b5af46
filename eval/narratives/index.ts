// Narratives + stance on the multilingual set written for this eval (set/*.yml, ~16 short articles in each of
// en ru ar de fr), read with ONLY the English catalogue catalogue-en.yml (built-in catalogue off). Article-level
// micro-F1 of (narrative, stance) pairs and of narratives alone, per language and split; stances were tuned on dev
// only, so test is the held-out figure. Floors in eval/baseline.json under "narratives" (test split).
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { entities } from '../../src/stages/entities/index.js';
import { language } from '../../src/stages/language/index.js';
import { narratives } from '../../src/stages/narratives/index.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import type { NarrativeStance } from '../../src/core/types.js';
import { articleStance } from '../../src/stages/narratives/article-stance.js';
import { buildKnowledge, type NarrativeKnowledge } from '../../src/stages/narratives/compile.js';
import { addArticle, emptyScored, f1, merge, type Scored } from './score.js';
import { catalogueOf, LANGUAGES, loadSet, SPLITS, STANCES, type Article, type Split } from './set.js';
import { leaveOneWriterOut, stanceRows, type StanceRow } from './stance-rows.js';
import { guardedStance } from '../../src/stages/narratives/stance-model.js';
import type { NarrativeCandidate } from '../../src/stages/narratives/narratives.js';
import { loadRealRows, verifierLeaveOneWriterOut, verifierRows, type VerifierRow } from './verifier-rows.js';

export interface Miss {
  id: string;
  gold: string;
  predicted: string;
}

export interface Result {
  skipped: boolean;
  message: string;
  articles: number;
  /** split → language ("all" too) → scores. */
  scores: Record<Split, Record<string, Scored>>;
  /** The same with the article stance the rules give (strongest mention), per split over all languages. */
  rulesScores: Partial<Record<Split, Scored>>;
  /** The learned stance on the narratives the rules keep (no verifier), per split over all languages. */
  rulesNarrativeScores: Partial<Record<Split, Scored>>;
  /** Real-news candidates the verifier was trained with as negatives (0: the cache is absent or stale). */
  realNegatives: number;
  misses: Miss[];
  detectedLanguageWrong: string[];
  msPerArticle: number;
  metrics: Record<string, number>;
}

export const PROTOCOL =
  'Protocol: short articles written for this eval (eval/narratives/set, en ru ar de fr), split by a field set when they were ' +
  'written: dev (tuned on), test (held out), blind (25 written after the stance rules were frozen, measured as written), dev2 (robustness.yml: ' +
  'other wording, synonyms, inflections, hard negatives; written to check that matching fixes generalise), blind2 and blind3 (50 each, written by writers who never read the rules; blind2 tuned on since, blind3 measured as written), dev3 (the narratives helper\'s own tuning set, with its own catalogue-dev3.yml), blind4 (60, a third such writer, told to use other words than the catalogue) and catb (50, a fourth such writer with the analyst catalogue catalogue-b.yml they wrote, other topics), blind5, blind6, catc (catalogue-c.yml), blind7, catd (catalogue-d.yml), blind8 and cate (catalogue-e.yml), blind9 and catf (catalogue-f.yml), blind10 and catg (catalogue-g.yml), blind11 and cath (catalogue-h.yml), blind12 and cati (catalogue-i.yml), blind13 and catj (catalogue-j.yml), blind14 and catk (catalogue-k.yml), blind15 and catl (catalogue-l.yml), blind16 and catm (catalogue-m.yml), by nineteen more such writers, each measured once before and once after a round of work and tuned on only after that; analyze() (language, segment, entities, quotes, narratives stages) with only the split\'s catalogue (catalogue-en.yml unless named; English examples, builtIn: false); article stance per ' +
  'narrative by the learned stance model (src/stages/narratives/stance-model.ts), each split\'s from a model trained on the other writers\' labelled articles (leave one writer out, a writer\'s blind and own-catalogue splits together, set.ts WRITER_ROUNDS; the shipped model saw every split), never \"asserts\" where the rules read a refutation (stance-model.ts guardedStance); the rules\' article stance (strongest mention, refutes > endorses > asserts > reports; tuned on every split) is printed beside it. ' +
  'Narratives kept by the learned verifier (src/stages/narratives/verifier-model.ts): the stage hands over every candidate it meets at the candidate floor (score 0.4, under the rules\' 0.5; verifier-model.ts CANDIDATE_FLOOR) with its features and the rules\' decision; each writer\'s candidates are judged by a model trained in this run on the other writers\' candidates (leave one writer out, as the stance) and on the real-news candidates of eval/narratives/real-candidates.json (1,295 PTC and PolNeAR articles, made by scripts/train-narrative-model.ts) as negatives; its settings and threshold were chosen leave one writer out on these splits; the shipped model saw every split; the rules\' narratives (score 0.5 and up through every gate, with the same learned stance) are printed beside it.';

/**
 * The default pipeline's stages up to narratives, without those it does not read (claims, techniques, framing): the
 * same layers reach the narratives stage, faster, and a model being retrained elsewhere cannot stop this eval. The
 * stage gives the rules' article stance (the learned one is worked out here, leaving each writer out); `k` is the
 * compiled catalogue, for the learned stance's features. Also used by scripts/train-stance-model.ts.
 */
export function readerOf(catalogue: URL, candidates?: (list: readonly NarrativeCandidate[]) => void): { pipeline: Pipeline; k: NarrativeKnowledge } {
  const files = [fileURLToPath(catalogue)];
  const pipeline = createPipeline()
    .use(language, undefined)
    .use(segment)
    .use(entities, undefined)
    .use(quotes, undefined)
    .use(narratives, { files, builtIn: false, stanceModel: false, narrativeModel: candidates ? undefined : false, candidates });
  return { pipeline, k: buildKnowledge({ files, builtIn: false }) };
}

export async function runNarrativesEval(): Promise<Result> {
  const articles = loadSet();
  const pipelines = new Map<string, ReturnType<typeof readerOf>>();
  // The stage hands each article's verifier candidates here (every candidate kept: the verifier is applied below).
  let candidates: readonly NarrativeCandidate[] = [];
  const pipelineOf = (split: Split) => {
    const url = catalogueOf(split);
    let p = pipelines.get(url.href);
    if (!p) pipelines.set(url.href, (p = readerOf(url, (list) => (candidates = list))));
    return p;
  };
  const scores = Object.fromEntries(SPLITS.map((s) => [s, {}])) as Result['scores'];
  const rulesScores: Result['rulesScores'] = {};
  const rulesNarrativeScores: Result['rulesNarrativeScores'] = {};
  const misses: Miss[] = [];
  const detectedLanguageWrong: string[] = [];
  let ms = 0;
  // The stage's narratives and the rules' article stance of each article; the learned stance once all are read.
  const read: { a: Article; rules: Map<string, NarrativeStance>; ruled: Set<string> }[] = [];
  const rows: StanceRow[] = [];
  const candidateRows: VerifierRow[] = [];
  for (const a of articles) {
    const { pipeline: p, k } = pipelineOf(a.split);
    const t0 = performance.now();
    candidates = [];
    const doc = analyze({ text: a.text, name: `${a.id}.txt` }, { pipeline: p });
    ms += performance.now() - t0;
    candidateRows.push(...verifierRows(a, candidates));
    const ruled = new Set(candidates.filter((c) => c.rules).map((c) => c.id));
    if (doc.meta.language !== a.language) detectedLanguageWrong.push(`${a.id} read as ${doc.meta.language}`);
    const byId = new Map<string, NarrativeStance[]>();
    for (const n of doc.layers.narratives ?? []) byId.set(n.id, [...(byId.get(n.id) ?? []), n.stance]);
    const rules = new Map<string, NarrativeStance>();
    for (const [id, stances] of byId) rules.set(id, articleStance(stances)!);
    read.push({ a, rules, ruled });
    rows.push(...stanceRows(a, doc, k));
  }
  // The stance model learns from the narratives the rules keep, as scripts/train-stance-model.ts reads them.
  const ruledKey = new Set(read.flatMap(({ a, ruled }) => [...ruled].map((id) => `${a.id}\u0000${id}`)));
  const learned = leaveOneWriterOut(rows, (r) => ruledKey.has(`${r.article}\u0000${r.narrative}`));
  const real = loadRealRows() ?? [];
  const verified = verifierLeaveOneWriterOut(candidateRows, real).kept;
  for (const { a, rules: all, ruled } of read) {
    const stanceOf = (id: string) => guardedStance(learned.get(a.id)?.get(id) ?? all.get(id)!, all.get(id)!);
    const rules = new Map([...all].filter(([id]) => ruled.has(id)));
    addArticle((rulesNarrativeScores[a.split] ??= emptyScored()), a.labels, new Map([...rules.keys()].map((id) => [id, stanceOf(id)])));
    const predicted = new Map([...all.keys()].filter((id) => verified.get(a.id)?.has(id)).map((id) => [id, stanceOf(id)]));
    addArticle((rulesScores[a.split] ??= emptyScored()), a.labels, rules);
    const s = (scores[a.split][a.language] ??= emptyScored());
    addArticle(s, a.labels, predicted);
    const gold = a.labels.map((l) => `${l.narrative}/${l.stance}`).sort().join(' ') || '-';
    const got = [...predicted].map(([id, st]) => `${id}/${st}`).sort().join(' ') || '-';
    if (gold !== got) misses.push({ id: `${a.id} (${a.split})`, gold, predicted: got });
  }
  const metrics: Record<string, number> = {};
  for (const split of SPLITS) {
    // A split with no articles (its set file not written yet) has no figures, rather than a perfect score.
    if (!Object.keys(scores[split]).length) continue;
    scores[split].all = Object.values(scores[split]).reduce(merge, emptyScored());
    for (const lang of [...LANGUAGES, 'all']) {
      const s = scores[split][lang] ?? emptyScored();
      metrics[`${split}_${lang}_f1`] = round(f1(s.pairs));
    }
    metrics[`${split}_narrative_f1`] = round(f1(scores[split].all.narratives));
    const all = scores[split].all;
    metrics[`${split}_stance_accuracy`] = all.found ? round(all.stanceRight / all.found) : 1;
    metrics[`${split}_debunks_not_asserted`] = all.debunks ? round(1 - all.debunksAsserted / all.debunks) : 1;
  }
  for (const split of SPLITS) if (rulesScores[split]) metrics[`${split}_rules_f1`] = round(f1(rulesScores[split]!.pairs));
  for (const split of SPLITS) if (rulesNarrativeScores[split]) metrics[`${split}_rules_narrative_f1`] = round(f1(rulesNarrativeScores[split]!.narratives));
  return { skipped: false, message: PROTOCOL, articles: articles.length, scores, rulesScores, rulesNarrativeScores, realNegatives: real.length, misses, detectedLanguageWrong, msPerArticle: ms / articles.length, metrics };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => x.toFixed(3);

export function print(r: Result, log: (line: string) => void): void {
  log(PROTOCOL);
  log(`\n${r.articles} articles; ${r.msPerArticle.toFixed(1)} ms an article (language to narratives)`);
  log('\nmicro-F1, article level   (narrative, stance)            narrative only');
  log(`narratives kept by the learned verifier (leave one writer out, ${r.realNegatives} real-news candidates as negatives); the rules' narratives (no verifier, learned stance) in the last columns`);
  log('split  lang   F1     tp  fp  fn                F1     tp  fp  fn   stance right (found)   debunks read "asserts"   F1 with the rules\' stance   rules\' narratives: F1, narrative F1  tp  fp  fn');
  for (const split of SPLITS) {
    for (const lang of [...LANGUAGES, 'all']) {
      const s = r.scores[split][lang];
      if (!s) continue;
      const p = s.pairs;
      const n = s.narratives;
      const ruled = r.rulesNarrativeScores[split];
      const rules = lang === 'all' && r.rulesScores[split] && ruled ? `${' '.repeat(22)}${`${pct(f1(r.rulesScores[split]!.pairs))} (${r.rulesScores[split]!.stanceRight}/${r.rulesScores[split]!.found})`.padEnd(28)}${pct(f1(ruled.pairs))}  ${pct(f1(ruled.narratives))} ${pad(ruled.narratives.tp)} ${pad(ruled.narratives.fp)} ${pad(ruled.narratives.fn)}` : '';
      log(`${split.padEnd(6)} ${lang.padEnd(5)}  ${pct(f1(p))}  ${pad(p.tp)} ${pad(p.fp)} ${pad(p.fn)}              ${pct(f1(n))}  ${pad(n.tp)} ${pad(n.fp)} ${pad(n.fn)}   ${`${s.stanceRight}/${s.found}`.padEnd(22)} ${`${s.debunksAsserted}/${s.debunks}`.padEnd(6)}${rules}`);
    }
  }
  const all = SPLITS.map((s) => r.scores[s].all ?? emptyScored()).reduce(merge, emptyScored());
  const ruledAll = SPLITS.map((s) => r.rulesNarrativeScores[s] ?? emptyScored()).reduce(merge, emptyScored());
  const sum = (s: Scored) => `pair F1 ${pct(f1(s.pairs))}, narrative F1 ${pct(f1(s.narratives))} (tp ${s.narratives.tp} fp ${s.narratives.fp} fn ${s.narratives.fn})`;
  log(`\nall splits: verifier ${sum(all)}; rules' narratives ${sum(ruledAll)}`);
  const cols = [...STANCES, 'none'];
  log('\nstance confusion, all splits (rows gold, columns predicted; "none" = narrative not found / not labelled)');
  log(`${'gold \\ got'.padEnd(10)} ${cols.map((c) => c.padStart(8)).join(' ')}`);
  for (const g of cols) log(`${g.padEnd(10)} ${cols.map((c) => String(all.confusion[g]?.[c] ?? 0).padStart(8)).join(' ')}`);
  if (r.detectedLanguageWrong.length) log(`\nlanguage misread: ${r.detectedLanguageWrong.join('; ')}`);
  if (r.misses.length) {
    log(`\narticles not exactly right (${r.misses.length}):`);
    for (const m of r.misses) log(`  ${m.id}: gold ${m.gold} | got ${m.predicted}`);
  }
}

const pad = (n: number) => String(n).padStart(3);
