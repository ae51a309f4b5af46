// npm run train -- techniques: trains the persuasion-techniques model from PTC (../shared/datasets/techniques/ptc)
// and writes src/models/techniques/data/model.json. Deterministic: fixed seeds, fixed split by article id.
// Phase 1 trains on the train articles and tunes thresholds on the tuning articles; phase 2 refits on both with
// those thresholds. Held-out articles are never seen (npm run eval -- techniques scores them).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCueIndex } from '../src/models/techniques/cues.js';
import { collector, countRepeats, FEATURE_VERSION, positionsOf, spanFeatures } from '../src/models/techniques/features.js';
import { MODEL_FILE, type TechniquesModelFile } from '../src/models/techniques/model.js';
import { ptcMissing, TECHNIQUES } from '../src/models/techniques/ptc.js';
import { prepareArticles } from '../src/models/techniques/train/corpus.js';
import { CONFIG, fit } from '../src/models/techniques/train/fit.js';
import { cache, tuneThresholds } from '../src/models/techniques/train/tune.js';
import { loadCues } from '../src/stages/techniques/cues.js';
import { runTechniquesEval } from '../eval/techniques/index.js';

const SENTENCE_TECHNIQUES = TECHNIQUES.filter((t) => !['Loaded_Language', 'Name_Calling,Labeling', 'Repetition'].includes(t));

async function main(): Promise<void> {
  const missing = ptcMissing();
  if (missing) throw new Error(missing);
  const started = Date.now();
  const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
  const cues = createCueIndex(loadCues());
  const train = prepareArticles(['train'], cues);
  const tune = prepareArticles(['tune'], cues);
  log(`prepared ${train.length} train, ${tune.length} tuning articles`);

  const first = fit(train, log);
  let correct = 0;
  let total = 0;
  for (const p of tune) {
    for (const s of p.spans) {
      const f: string[] = [];
      spanFeatures(p.d, s.a, s.b, collector(f), countRepeats(p.d, s.a, s.b, positionsOf(p.d)));
      const z = first.models.classifier.scores(f);
      let best = 0;
      for (let k = 1; k < z.length; k++) if (z[k] > z[best]) best = k;
      correct += best === s.cls ? 1 : 0;
      total++;
    }
  }
  log(`tuning TC accuracy ${(correct / total).toFixed(4)} (${total} spans)`);
  const thresholds = tuneThresholds(tune, cache(tune, first.models.tagger, first.models.sentence, first.rates), SENTENCE_TECHNIQUES, log);

  const final = fit([...train, ...tune], log);
  const file: TechniquesModelFile = {
    name: 'techniques',
    featureVersion: FEATURE_VERSION,
    trained: { date: '2026-11-25', data: 'PTC train (SemEval-2020 Task 11), train+tune split by article id', articles: train.length + tune.length, seed: CONFIG.seed },
    tagger: final.tagger,
    classifier: final.classifier,
    sentence: final.sentence,
    thresholds,
    rates: Object.fromEntries([...final.rates].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
  };
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
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
