// npm run train -- <model>: trains one of claimtrail's models from ../shared/datasets and writes it under src/models/.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const trainers: Record<string, string> = {
  checkworthiness: 'train-checkworthiness.ts',
  techniques: 'train-techniques.ts',
  attribution: 'train-attribution.ts',
  'word-vectors': 'train-word-vectors.ts',
};

const [name, ...rest] = process.argv.slice(2);
const script = name ? trainers[name] : undefined;
if (!script) {
  console.error(`${name ? `Unknown model "${name}".` : 'Name a model to train.'} Models: ${Object.keys(trainers).join(', ')}. Example: npm run train -- checkworthiness`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...rest], { stdio: 'inherit' });
process.exit(result.status ?? 1);
