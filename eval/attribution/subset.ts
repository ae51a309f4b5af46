// PolNeAR train scored on a subset of its articles, for choices made on the inner folds (the three quarters the
// --inner model is trained on: in-sample for it, so its figures are optimistic; never the held-out quarter 0, 4, 8 …).
//   npx tsx eval/attribution/subset.ts MODEL WEIGHTS [--every N --at R]   (articles i with i % N === R; R % 4 !== 0)
import { datasetPath } from '../dataset-paths.js';
import { print, runAttributionEval } from './index.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const [modelPath, weightsPath] = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  const value = (name: string, fallback: number): number => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
  const every = value('--every', 4);
  const at = value('--at', 1);
  if (!modelPath || !weightsPath) throw new Error('usage: subset.ts MODEL WEIGHTS [--every N --at R]');
  if (every % 4 === 0 && at % 4 === 0) throw new Error('that subset is in the held-out quarter');
  const train = datasetPath('attribution/polnear/train');
  if (train.missing) throw new Error(train.missing);
  const select = (i: number): boolean => i % 4 !== 0 && i % every === at;
  const result = await runAttributionEval({ dataset: train.path, select, model: { modelPath, weightsPath } });
  console.log(`PolNeAR train articles i % ${every} === ${at} (inner folds, not the held-out quarter):\n${print(result)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
