// npm run train -- techniques: trains the persuasion-techniques model from PTC (../shared/datasets/techniques/ptc)
// and writes src/models/techniques/data/model.json. Deterministic: fixed seeds, fixed split by article id.
// Held-out articles (ptc.ts) are never read here. On the 301 others: 4-fold cross-fitting gives out-of-fold
// predictions for every article, on which the span-selection thresholds are tuned (and TC accuracy reported);
// then the final models are fitted on all 301. `npm run eval -- techniques` scores the held-out articles.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCueIndex } from '../src/models/techniques/cues.js';
import { FEATURE_VERSION, positionsOf } from '../src/models/techniques/features.js';
import { createTechniquesModel, MODEL_FILE, type TechniquesModelFile } from '../src/models/techniques/model.js';
import { ptcMissing, TECHNIQUES } from '../src/models/techniques/ptc.js';
import { prepareArticles, type Prepared } from '../src/models/techniques/train/corpus.js';
import { CONFIG, fit, type Fitted } from '../src/models/techniques/train/fit.js';
import { tuneSelection, type OutOfFold } from '../src/models/techniques/train/tune.js';
import { loadCues } from '../src/stages/techniques/cues.js';
import { ruleSpans } from '../src/stages/techniques/rules.js';
import { runTechniquesEval } from '../eval/techniques/index.js';

const SENTENCE_TECHNIQUES = TECHNIQUES.filter((t) => !['Loaded_Language', 'Name_Calling,Labeling', 'Repetition'].includes(t));
const FOLDS = 4;
const TODAY = '2026-12-06';

function modelFile(f: Fitted, thresholds: TechniquesModelFile['thresholds'], trained: TechniquesModelFile['trained']): TechniquesModelFile {
  return {
    name: 'techniques',
    featureVersion: FEATURE_VERSION,
    trained,
    tagger: f.tagger,
    classifier: f.classifier,
    sentence: f.sentence,
    thresholds,
    rates: Object.fromEntries([...f.rates].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
}

async function main(): Promise<void> {
  const missing = ptcMissing();
  if (missing) throw new Error(missing);
  const started = Date.now();
  const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
  const cues = createCueIndex(loadCues());
  const corpus = prepareArticles(['train', 'tune'], cues);
  log(`prepared ${corpus.length} articles (train + tune splits; held-out never read)`);

  const oof: OutOfFold[] = [];
  let correct = 0;
  let total = 0;
  for (let k = 0; k < FOLDS; k++) {
    const inFold = (_: Prepared, i: number): boolean => i % FOLDS === k;
    const model = createTechniquesModel(modelFile(fit(corpus.filter((p, i) => !inFold(p, i)), () => {}), { token: 2, enter: 0, minWords: 1, gate: 0, sentence: 2, sentenceToken: 2, perTechnique: {} }, {}));
    for (const p of corpus.filter(inFold)) {
      const positions = positionsOf(p.d);
      for (const s of p.spans) {
        correct += model.classify(p.d, s.a, s.b, positions).cls === s.cls ? 1 : 0;
        total++;
      }
      const rules = ruleSpans(p.d, cues, []).map((r) => ({ start: r.start, end: r.end }));
      const named = new Map<number, string>();
      const techniqueOf = (a: number, b: number): string => {
        let t = named.get(a * 1_000_003 + b);
        if (t === undefined) named.set(a * 1_000_003 + b, (t = model.classify(p.d, a, b, positions).technique));
        return t;
      };
      oof.push({ d: p.d, tokenProbs: model.tokenProbs(p.d), sentenceProbs: model.sentenceProbs(p.d), ruleSpans: rules, gold: p.article.spans, techniqueOf });
    }
    log(`fold ${k + 1}/${FOLDS} fitted`);
  }
  log(`out-of-fold TC accuracy ${(correct / total).toFixed(4)} (${total} gold spans)`);
  const thresholds = tuneSelection(oof, ['none', ...TECHNIQUES], SENTENCE_TECHNIQUES, TECHNIQUES, log);

  const final = fit(corpus, log);
  const trained = { date: TODAY, data: 'PTC train (SemEval-2020 Task 11) minus the held-out articles', articles: corpus.length, seed: CONFIG.seed, outOfFoldTc: Number((correct / total).toFixed(4)) };
  const file = modelFile(final, thresholds, trained);
  const path = process.argv[2] ?? fileURLToPath(MODEL_FILE);
  writeFileSync(path, JSON.stringify(file));
  // The held-out scores go into the file (and belong in MODEL_CARD.md and eval/baseline.json).
  const result = await runTechniquesEval({ model: path });
  if (!result.skipped) {
    const m = result.metrics;
    file.trained.heldout = `${result.articles} articles: SI P ${m.siPrecision.toFixed(4)} R ${m.siRecall.toFixed(4)} F1 ${m.siF1.toFixed(4)}; TC micro-F1 ${m.tcMicroF1.toFixed(4)}`;
    writeFileSync(path, JSON.stringify(file));
    log(`held-out: ${file.trained.heldout}`);
  }
  log(`wrote ${path}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
