// Rewrites the word rates of a trained attribution model file from the articles it was trained on, for files written
// before the rates kept their rare zero words (model.ts, `zero`). Training is deterministic and the rates do not feed
// the weights' file, so this gives the file the training script now writes, without the half hour of retraining.
//   npx tsx scripts/attribution-rates.ts MODEL [--inner|--selection]   (no flag: the whole of train, the shipped model)
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetPath } from '../eval/dataset-paths.js';
import { packRates, type AttributionModelFile } from '../src/models/attribution/model.js';
import { toExample } from '../src/models/attribution/train/corpus.js';
import { countRates } from '../src/models/attribution/train/fit.js';
import { loadSplit } from '../src/models/attribution/train/polnear.js';

const argv = process.argv.slice(2);
const [modelPath] = argv.filter((a) => !a.startsWith('--'));
if (!modelPath) throw new Error('usage: attribution-rates.ts MODEL [--inner|--selection]');
const train = datasetPath('attribution/polnear/train');
if (train.missing) throw new Error(train.missing);
// The same articles as scripts/train-attribution.ts trains on.
const trainedOn = argv.includes('--selection') ? (i: number) => i % 4 >= 2 : argv.includes('--inner') ? (i: number) => i % 4 !== 0 : () => true;
const examples = loadSplit(train.path).filter((_, i) => trainedOn(i)).map(toExample);
const file = JSON.parse(readFileSync(modelPath, 'utf8')) as AttributionModelFile;
if (file.trained.articles !== examples.length) throw new Error(`${modelPath} was trained on ${file.trained.articles} articles, not these ${examples.length}`);
const packed = packRates(countRates(examples));
const before = Object.keys(file.rates).length;
Object.assign(file, packed);
writeFileSync(modelPath, `${JSON.stringify(file)}\n`);
console.log(`${modelPath}: ${before} rates → ${Object.keys(packed.rates).length} rates and ${packed.zero?.length ?? 0} zero words`);
