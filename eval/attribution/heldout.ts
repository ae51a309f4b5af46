// The held-out attribution figure: the quotes stage, with a tagger trained on three quarters of PolNeAR train
// (`node --import tsx scripts/train-attribution.ts --inner MODEL WEIGHTS`), scored on the fourth (articles 0, 4, 8 …),
// which that model never saw. PolNeAR's test split is not in ../shared/datasets, so this quarter is the held-out check;
// dev is where rules are tuned. Rerunning it after a rule change needs no retraining (the rule runs after the tagger).
//   npx tsx eval/attribution/heldout.ts MODEL WEIGHTS [--half 0|1]
// `--half 0` scores articles 0, 8, 16 … (the half earlier rules were studied on), `--half 1` articles 4, 12, 20 ….
import { datasetPath } from '../dataset-paths.js';
import { print, runAttributionEval } from './index.js';

export const heldOut = (i: number): boolean => i % 4 === 0;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const [modelPath, weightsPath] = argv.filter((a) => !a.startsWith('--'));
  if (!modelPath || !weightsPath) throw new Error('usage: heldout.ts MODEL WEIGHTS [--half 0|1] (the --inner model, never the shipped one)');
  const h = argv.indexOf('--half');
  const half = h >= 0 ? Number(argv[h + 1]) : null;
  const train = datasetPath('attribution/polnear/train');
  if (train.missing) throw new Error(train.missing);
  const select = (i: number): boolean => heldOut(i) && (half === null || (i / 4) % 2 === half);
  const result = await runAttributionEval({ dataset: train.path, select, model: { modelPath, weightsPath } });
  console.log(`held-out quarter of PolNeAR train${half === null ? '' : `, half ${half}`} (model trained on the other three quarters):\n${print(result)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
