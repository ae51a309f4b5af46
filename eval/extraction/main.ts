// `tsx eval/extraction/main.ts [--limit N] [--no-baseline]`: runs the extraction evaluation alone and prints it.
import { parseArgs } from 'node:util';
import { print, runExtractionEval } from './index.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, 'no-baseline': { type: 'boolean' }, dataset: { type: 'string' } } });
const result = await runExtractionEval({ limit: values.limit ? Number(values.limit) : undefined, baseline: !values['no-baseline'], dataset: values.dataset });
print(result);
