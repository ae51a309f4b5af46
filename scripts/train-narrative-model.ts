// Trains the narrative verifier (src/stages/narratives/verifier-model.ts) and writes
// src/stages/narratives/data/narrative-model.json. Rows: every candidate (article, narrative) the stage meets at the
// candidate floor in the labelled articles of eval/narratives/set (each split read with its own catalogue, as the eval
// reads them), carried where the article is labelled with it; and, as negatives, every candidate of the real news
// articles of eval/narratives/real-articles.ts (PTC, PolNeAR; read with catalogue-en.yml), written to
// eval/narratives/real-candidates.json for the eval. First it prints, beside the rules' decision:
//   - leave one writer out: each writer's candidates judged by a model trained on the other writers (eval/narratives/set.ts
//     writerOf) and all real negatives: narrative-only tp, fp, fn per split;
//   - real news out of fold: the real articles in three folds, each judged by a model trained on the labelled rows and
//     the other two folds: how many (article, narrative) matches are kept.
//   npx tsx scripts/train-narrative-model.ts [--dry-run] [--reuse-real]   (--reuse-real: read real-candidates.json)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { createPipeline } from '../src/core/pipeline.js';
import { entities } from '../src/stages/entities/index.js';
import { language } from '../src/stages/language/index.js';
import { narratives, type NarrativeCandidate } from '../src/stages/narratives/narratives.js';
import { quotes } from '../src/stages/quotes/index.js';
import { segment } from '../src/stages/segment/index.js';
import { mayKeep, verifierFeatureNames } from '../src/stages/narratives/verifier-features.js';
import { CANDIDATE_FLOOR, checkVerifierModel, NARRATIVE_MODEL_FILE, trainVerifierModel, verifierProbability, VERIFIER_TRAINING, type VerifierModel } from '../src/stages/narratives/verifier-model.js';
import { catalogueOf, CATALOGUE, loadSet, SPLITS } from '../eval/narratives/set.js';
import { readerOf } from '../eval/narratives/index.js';
import { loadRealArticles } from '../eval/narratives/real-articles.js';
import { loadRealRows, REAL_ROWS_FILE, trainingRows, verifierLeaveOneWriterOut, verifierRows, type RealRow, type VerifierRow } from '../eval/narratives/verifier-rows.js';

const dryRun = process.argv.includes('--dry-run');
const reuseReal = process.argv.includes('--reuse-real');
let candidates: readonly NarrativeCandidate[] = [];
const take = (list: readonly NarrativeCandidate[]) => (candidates = list);

const articles = loadSet();
const readers = new Map<string, ReturnType<typeof readerOf>>();
const rows: VerifierRow[] = [];
const gold = new Map<string, number>();
for (const a of articles) {
  const url = catalogueOf(a.split);
  let r = readers.get(url.href);
  if (!r) readers.set(url.href, (r = readerOf(url, take)));
  candidates = [];
  analyze({ text: a.text, name: `${a.id}.txt` }, { pipeline: r.pipeline });
  rows.push(...verifierRows(a, candidates));
  gold.set(a.split, (gold.get(a.split) ?? 0) + a.labels.length);
}

// The real news, read with catalogue-en.yml and the default stages up to narratives, every candidate kept.
let real: RealRow[];
const cached = reuseReal ? loadRealRows() : null;
if (cached) real = cached;
else {
  if (reuseReal) console.log(`${fileURLToPath(REAL_ROWS_FILE)} is absent or stale: the real articles are read again`);
  const pipeline = createPipeline().use(language, undefined).use(segment).use(entities, undefined).use(quotes, undefined)
    .use(narratives, { files: [fileURLToPath(CATALOGUE)], builtIn: false, stanceModel: false, candidates: take });
  const { articles: news, missing } = loadRealArticles();
  for (const m of missing) console.log(`skipped: ${m}`);
  real = [];
  for (const a of news) {
    candidates = [];
    analyze({ text: a.text, name: a.name }, { pipeline });
    for (const c of candidates) real.push({ article: a.name, narrative: c.id, x: c.x, rules: c.rules });
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  writeFileSync(REAL_ROWS_FILE, `${JSON.stringify({ by: 'scripts/train-narrative-model.ts', features: verifierFeatureNames(), floor: CANDIDATE_FLOOR, articles: news.length, rows: real.map((r) => ({ ...r, x: r.x.map(round) })) })}\n`);
  console.log(`wrote ${fileURLToPath(REAL_ROWS_FILE)}: ${real.length} candidates of ${news.length} real articles`);
}

const { kept } = verifierLeaveOneWriterOut(rows, real);
const counts = (keep: (r: VerifierRow) => boolean, split?: string) => {
  const mine = rows.filter((r) => !split || r.split === split);
  const tp = mine.filter((r) => keep(r) && r.carried).length;
  const fp = mine.filter((r) => keep(r) && !r.carried).length;
  const g = split ? gold.get(split) ?? 0 : [...gold.values()].reduce((a, b) => a + b, 0);
  return { tp, fp, fn: g - tp, f1: Math.round(((2 * tp) / Math.max(1, 2 * tp + fp + g - tp)) * 1000) / 1000 };
};
const verified = (r: VerifierRow) => !!kept.get(r.article)?.has(r.narrative);
const show = (c: ReturnType<typeof counts>) => `${c.f1.toFixed(3)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`;
console.log('narrative only, leave one writer out:   verifier F1 tp fp fn  |  rules F1 tp fp fn');
for (const split of SPLITS) if (gold.has(split)) console.log(`${split.padEnd(8)} ${show(counts(verified, split))}  |  ${show(counts((r) => r.rules, split))}`);
const all = counts(verified);
const rules = counts((r) => r.rules);
console.log(`all      ${show(all)}  |  ${show(rules)}`);

// Real news out of fold: three folds by article.
const names = [...new Set(real.map((r) => r.article))];
const fold = new Map(names.map((n, i) => [n, i % 3]));
let realKept = 0;
for (let f = 0; f < 3; f++) {
  const model = trainVerifierModel(trainingRows(rows, real.filter((r) => fold.get(r.article) !== f)));
  for (const r of real) if (fold.get(r.article) === f && mayKeep(r.x) && verifierProbability(model, r.x) >= model.threshold) realKept++;
}
const realRules = real.filter((r) => r.rules).length;
console.log(`real news: ${realKept} matches kept out of fold, the rules ${realRules} (${real.length} candidates)`);

const model = trainVerifierModel(trainingRows(rows, real), VERIFIER_TRAINING, {
  by: 'scripts/train-narrative-model.ts',
  data: `eval/narratives/set: ${articles.length} articles, ${rows.length} candidates (${rows.filter((r) => r.carried).length} labelled); ${real.length} real-news candidates as negatives`,
  leaveOneWriterOut: { verifier: all, rules },
  realNews: { keptOutOfFold: realKept, rules: realRules },
});
if (dryRun) console.log('dry run: the model file was not written');
else {
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  writeFileSync(NARRATIVE_MODEL_FILE, `${JSON.stringify({ ...model, base: round(model.base), stumps: model.stumps.map((s) => ({ feature: s.feature, cut: round(s.cut), left: round(s.left), right: round(s.right) })) })}\n`);
  console.log(`wrote ${fileURLToPath(NARRATIVE_MODEL_FILE)}`);
}
// The file read back must be accepted by the stage.
if (!dryRun) checkVerifierModel(JSON.parse(readFileSync(NARRATIVE_MODEL_FILE, 'utf8')) as VerifierModel, fileURLToPath(NARRATIVE_MODEL_FILE));
