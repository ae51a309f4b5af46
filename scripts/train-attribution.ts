// npm run train -- attribution: trains the attribution tagger (src/models/attribution) on PolNeAR train
// (../shared/datasets/attribution/polnear/train) and writes data/model.json and data/weights.bin beside it.
// Deterministic: fixed folds and seed. Dev is never trained or tuned on; its scores are recorded in the file.
// `--inner MODEL WEIGHTS`: the selection protocol: trains on three quarters of train (articles 1, 2, 3, 5, 6, 7 …),
// scores the held-out quarter (0, 4, 8 …) and writes the files where told (never over the shipped model).
// `--selection MODEL WEIGHTS`: for choices made after the tagger (decode constraints, thresholds) without touching the
// held-out quarter: trains on quarters 2 and 3 (articles 2, 3, 6, 7 …) and scores quarter 1 (1, 5, 9 …), which the
// `--inner` model trains on but this one never sees.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetPath } from '../eval/dataset-paths.js';
import { packTables, quantize } from '../src/models/attribution/codec.js';
import { FEATURE_VERSION, K, K_SHARED } from '../src/models/attribution/features.js';
import { MODEL_FILE, packRates, WEIGHTS_FILE, type AttributionModelFile, type PassFile } from '../src/models/attribution/model.js';
import { K2 } from '../src/models/attribution/stack.js';
import { TAGS, type Weights } from '../src/models/attribution/tagger.js';
import { toExample } from '../src/models/attribution/train/corpus.js';
import { CONFIG, fit } from '../src/models/attribution/train/fit.js';
import { loadSplit } from '../src/models/attribution/train/polnear.js';

const round = (x: number): number => Math.round(x * 10000) / 10000;

async function main(): Promise<void> {
  const train = datasetPath('attribution/polnear/train');
  if (train.missing) throw new Error(train.missing);
  const started = Date.now();
  const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
  const selection = process.argv.includes('--selection');
  const inner = selection || process.argv.includes('--inner');
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const heldOut = (i: number): boolean => i % 4 === (selection ? 1 : 0);
  const excluded = (i: number): boolean => i % 4 === 0 || heldOut(i);
  const examples = loadSplit(train.path).filter((_, i) => !inner || !excluded(i)).map(toExample);
  if (inner && args.length < 2) throw new Error('--inner and --selection need the model and weights paths to write (not the shipped ones)');
  log(`prepared ${examples.length} articles, ${examples.reduce((s, e) => s + e.gold.length, 0)} tokens`);
  const fitted = fit(examples, CONFIG, log);
  const packed = fitted.passes.map((w: Weights, i) => {
    const { codes, scale } = quantize(w.emit);
    const pass: PassFile = { k: i === 0 ? K : K_SHARED + K2, scale, trans: [...w.trans].map(round), start: [...w.start].map(round) };
    return { codes, pass };
  });
  const file: AttributionModelFile = {
    name: 'attribution',
    featureVersion: FEATURE_VERSION,
    tags: [...TAGS],
    bits: CONFIG.bits,
    trained: { date: new Date().toISOString().slice(0, 10), data: 'PolNeAR v1.0.0 train (first annotator per article)', articles: examples.length, epochs: CONFIG.epochs, folds: CONFIG.folds, seed: CONFIG.seed },
    passes: [packed[0].pass, packed[1].pass],
    ...packRates(fitted.rates),
    dev: {},
  };
  const modelPath = args[0] ?? fileURLToPath(MODEL_FILE);
  const weightsPath = args[1] ?? fileURLToPath(WEIGHTS_FILE);
  mkdirSync(dirname(modelPath), { recursive: true });
  writeFileSync(weightsPath, packTables(packed.map((p) => p.codes)));
  writeFileSync(modelPath, `${JSON.stringify(file)}\n`);
  log(`wrote ${modelPath} and ${weightsPath}`);
  // Dev scores go into the file (and into MODEL_CARD.md and eval/baseline.json by hand).
  const { runAttributionEval, print } = await import('../eval/attribution/index.js');
  const result = inner
    ? await runAttributionEval({ model: { modelPath, weightsPath }, dataset: train.path, select: heldOut })
    : await runAttributionEval({ model: { modelPath, weightsPath } });
  const scored = selection ? 'selection quarter of PolNeAR train (articles 1, 5, 9 …; trained on quarters 2 and 3)' : 'inner held-out quarter of PolNeAR train (articles 0, 4, 8 …; trained on the rest)';
  console.log(inner ? `${scored}:\n${print(result)}` : print(result));
  if (inner) return;
  file.dev = result.metrics;
  writeFileSync(modelPath, `${JSON.stringify(file)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
