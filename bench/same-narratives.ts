// Guard for speeding up the narratives stage: its layer must not change. `record <file>` writes the narratives layer
// of every eval/narratives article (read with its split's catalogue, as the eval does) and of the first N real
// articles (PTC train first; read with catalogue-en.yml and with the built-in catalogue), and `check <file>` reads them
// again and fails, naming the documents, unless each is byte-identical. Not a test: the snapshot depends on datasets.
//   npx tsx bench/same-narratives.ts record /tmp/narratives-before.json [realArticles=300]
//   npx tsx bench/same-narratives.ts check /tmp/narratives-before.json [realArticles=300]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { createPipeline, type Pipeline } from '../src/core/pipeline.js';
import { entities } from '../src/stages/entities/index.js';
import { language } from '../src/stages/language/index.js';
import { narratives } from '../src/stages/narratives/index.js';
import { quotes } from '../src/stages/quotes/index.js';
import { segment } from '../src/stages/segment/index.js';
import { CATALOGUE, catalogueOf, loadSet } from '../eval/narratives/set.js';
import { loadRealArticles } from '../eval/narratives/real-articles.js';

function pipeline(files: string[], builtIn: boolean): Pipeline {
  return createPipeline().use(language, undefined).use(segment).use(entities, undefined).use(quotes, undefined).use(narratives, { files, builtIn });
}

function analyseAll(real: number): Record<string, string> {
  const out: Record<string, string> = {};
  const pipelines = new Map<string, Pipeline>();
  for (const a of loadSet()) {
    const url = catalogueOf(a.split);
    let p = pipelines.get(url.href);
    if (!p) pipelines.set(url.href, (p = pipeline([fileURLToPath(url)], false)));
    out[`eval/${a.id}`] = JSON.stringify(analyze({ text: a.text, name: `${a.id}.txt` }, { pipeline: p }).layers.narratives);
  }
  const en = pipeline([fileURLToPath(CATALOGUE)], false);
  const builtIn = pipeline([], true);
  for (const a of loadRealArticles(real).articles) {
    out[`real-en/${a.name}`] = JSON.stringify(analyze({ text: a.text, name: a.name }, { pipeline: en }).layers.narratives);
    out[`real-builtin/${a.name}`] = JSON.stringify(analyze({ text: a.text, name: a.name }, { pipeline: builtIn }).layers.narratives);
  }
  return out;
}

const [command, file, realArg] = process.argv.slice(2);
const real = Number(realArg ?? 300);
if ((command !== 'record' && command !== 'check') || !file || !Number.isInteger(real) || real < 0) {
  console.error('Usage: tsx bench/same-narratives.ts record|check <snapshot.json> [realArticles=300]');
  process.exit(2);
}
const now = analyseAll(real);
if (command === 'record') {
  writeFileSync(file, JSON.stringify(now));
  console.log(`recorded ${Object.keys(now).length} narratives layers to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const names = new Set([...Object.keys(before), ...Object.keys(now)]);
  const problems = [...names].filter((n) => before[n] !== now[n]).map((n) => (!(n in before) ? `${n}: new` : !(n in now) ? `${n}: missing now` : `${n}: differs`));
  if (problems.length) {
    console.error(`${problems.length} of ${names.size} narratives layers changed:\n${problems.slice(0, 40).join('\n')}`);
    process.exit(1);
  }
  console.log(`all ${names.size} narratives layers byte-identical to ${file}`);
}
