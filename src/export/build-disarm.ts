// Build step (npm run disarm): copies the ids, names, tactics and URLs of the DISARM techniques that
// data/disarm-mapping.yml refers to from ../shared/datasets into data/disarm-techniques.json, so that exports work without
// ../shared. Fails, naming the entry, when the mapping names a technique the framework does not have.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDisarmBundle } from './disarm-source.js';
import { readMapping } from './disarm.js';

const DATASETS = process.env.CLAIMTRAIL_DATASETS ?? fileURLToPath(new URL('../../../shared/datasets/', import.meta.url));
const SOURCE = join(DATASETS, 'interop/disarm/DISARM.json');
const TARGET = fileURLToPath(new URL('./data/disarm-techniques.json', import.meta.url));

const framework = readDisarmBundle(SOURCE);
const wanted = [...new Set(readMapping().flatMap((m) => (m.disarm ? [m.disarm] : [])))].sort();
const missing = wanted.filter((id) => !framework.has(id));
if (missing.length) {
  process.stderr.write(`disarm-mapping.yml names techniques that ${SOURCE} does not have: ${missing.join(', ')}\n`);
  process.exit(1);
}
const techniques = wanted.map((id) => framework.get(id));
writeFileSync(TARGET, `${JSON.stringify({ source: 'DISARM.json (DISARMFoundation/DISARMframeworks @ 49df5f6), CC BY-SA 4.0', techniques }, null, 2)}\n`);
process.stdout.write(`wrote ${techniques.length} DISARM techniques to ${TARGET}\n`);
