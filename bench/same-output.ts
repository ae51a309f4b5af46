// Guard for performance work: the analysis must not change. `record <file>` writes the full analysis (every layer,
// as JSON) of a fixed set of inputs — the seed article, every golden folder's source and the bench's trafilatura-en
// articles, plus real news of the technique and attribution datasets (the first 200 PTC training articles, the 84
// PolNeAR dev texts) — and `check <file>` analyses them again and fails, naming the documents and layers, unless each one is
// byte-identical. Not a test: the snapshot depends on the datasets and the current models, so it lives outside the repo.
//   npx tsx bench/same-output.ts record /tmp/analysis-before.json   (before optimising)
//   npx tsx bench/same-output.ts check /tmp/analysis-before.json    (after each change)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile } from '../src/analyze.js';
import type { Doc } from '../src/core/types.js';
import { defaultPipeline } from '../src/preset.js';
import { goldenFolders } from '../test/golden/folders.js';
import { datasetPath } from '../eval/dataset-paths.js';
import { extract, loadPages } from './analyze.js';

type Snapshot = Record<string, string>;

function analyseAll(): Snapshot {
  const out: Snapshot = {};
  const seed = datasetPath('../fixtures/almirsad-kabulov-isis.txt');
  if (!seed.missing) out['seed'] = JSON.stringify(analyzeFile(seed.path, { url: null }));
  for (const folder of goldenFolders()) out[`golden/${folder.slug}`] = JSON.stringify(analyzeFile(folder.source, { url: null }));
  const pipeline = defaultPipeline();
  for (const doc of extract(loadPages())) out[`bench/${doc.source.name}`] = JSON.stringify(pipeline.run(doc));
  // Real articles of the datasets the techniques and quotes models were built on (where present): their layers are
  // the ones a change to those stages would move.
  for (const [name, folder, count] of [['ptc', 'techniques/ptc/train-articles', 200], ['polnear', 'attribution/polnear/dev/text', 100]] as const) {
    const dir = datasetPath(folder);
    if (dir.missing) continue;
    const files = readdirSync(dir.path).filter((f) => f.endsWith('.txt')).sort().slice(0, count);
    for (const f of files) out[`${name}/${f}`] = JSON.stringify(analyzeFile(join(dir.path, f), { url: null }));
  }
  return out;
}

/** The top-level parts (layers by name) of two serialised documents that differ. */
function differingParts(before: string, after: string): string[] {
  const a = JSON.parse(before) as Doc;
  const b = JSON.parse(after) as Doc;
  const parts: string[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Doc>) {
    if (key === 'layers') {
      for (const layer of new Set([...Object.keys(a.layers), ...Object.keys(b.layers)])) {
        const la = JSON.stringify((a.layers as Record<string, unknown>)[layer]);
        const lb = JSON.stringify((b.layers as Record<string, unknown>)[layer]);
        if (la !== lb) parts.push(`layers.${layer}`);
      }
    } else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) parts.push(key);
  }
  return parts.length ? parts : ['(key order)'];
}

const [command, file] = process.argv.slice(2);
if ((command !== 'record' && command !== 'check') || !file) {
  console.error('Usage: tsx bench/same-output.ts record|check <snapshot.json>  (record before a change, check after it)');
  process.exit(2);
}
const now = analyseAll();
if (command === 'record') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`recorded ${Object.keys(now).length} analyses to ${file}`);
} else {
  let before: Snapshot;
  try {
    before = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch (error) {
    console.error(`Cannot read snapshot ${file} (${(error as Error).message}): record one first with \`tsx bench/same-output.ts record ${file}\`.`);
    process.exit(2);
  }
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  const problems: string[] = [];
  for (const name of names) {
    if (!(name in before)) problems.push(`${name}: new input (not in the snapshot)`);
    else if (!(name in now)) problems.push(`${name}: missing now`);
    else if (before[name] !== now[name]) problems.push(`${name}: differs in ${differingParts(before[name], now[name]).join(', ')}`);
  }
  if (problems.length) {
    console.error(`${problems.length} of ${names.size} analyses changed:\n${problems.slice(0, 40).join('\n')}`);
    process.exit(1);
  }
  console.log(`all ${names.size} analyses byte-identical to ${file}`);
}
