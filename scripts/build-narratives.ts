// Builds the starter narrative catalogue (src/knowledge/narratives/data/catalogue.json) and the EUvsDisinfo case
// index (data/euvsdisinfo-cases.json) from ../shared/datasets/narratives and src/knowledge/narratives/build/definitions.yml.
// Run: npx tsx scripts/build-narratives.ts   (then npm test: the catalogue is validated when loaded)
import { writeFileSync } from 'node:fs';
import { DATASETS, datasetPath } from '../eval/dataset-paths.js';
import { caseFeatures, EUVS_SOURCE, euvsNarratives, readDefinitions, uaNarratives, UA_SOURCE, type OutNarrative } from '../src/knowledge/narratives/build/build.js';
import { EUVS_DIR, readEuvsCases, readUaCases, UA_DIR } from '../src/knowledge/narratives/build/sources.js';
import { CASES_FILE, slugOf, type CaseIndexFile } from '../src/knowledge/narratives/cases.js';
import { BUILT_IN_FILE } from '../src/knowledge/narratives/index.js';
import { buildKnowledge } from '../src/stages/narratives/index.js';

for (const dir of [EUVS_DIR, UA_DIR]) {
  const { missing } = datasetPath(dir);
  if (missing) {
    console.error(`build-narratives: ${missing}`);
    process.exit(1);
  }
}
const definitions = readDefinitions(new URL('../src/knowledge/narratives/build/definitions.yml', import.meta.url));
const knowledge = buildKnowledge({ builtIn: false });
const euvs = readEuvsCases(DATASETS);
const ua = readUaCases(DATASETS);

const narratives: OutNarrative[] = [...euvsNarratives(definitions.euvsdisinfo, euvs, knowledge), ...uaNarratives(definitions.ua, ua)];
const about = 'Starter narrative catalogue of claimtrail, built by scripts/build-narratives.ts; format: src/knowledge/narratives/README.md.';
const lines = narratives.map((n) => {
  const { examples, ...head } = n;
  const body = examples.map((e) => `   ${JSON.stringify(e)}`).join(',\n');
  return `  ${JSON.stringify(head).slice(0, -1)},\n   "examples": [\n${body}\n  ]}`;
});
const catalogue = `{"about": ${JSON.stringify(about)},\n "sources": ${JSON.stringify([EUVS_SOURCE, UA_SOURCE])},\n "narratives": [\n${lines.join(',\n')}\n ]}\n`;
writeFileSync(BUILT_IN_FILE, catalogue);

const file: CaseIndexFile = {
  about: 'The EUvsDisinfo case list (slug, title, date, what the title says), built by scripts/build-narratives.ts; an empty slug is the slug of the title.',
  source: EUVS_SOURCE,
  urlPrefix: 'https://euvsdisinfo.eu/report/',
  cases: euvs.map((c) => [c.slug === slugOf(c.title) ? '' : c.slug, c.title, c.date, caseFeatures(c.title, c.keywords, knowledge)]),
};
const caseLines = file.cases.map((c) => JSON.stringify(c)).join(',\n');
const { cases: _cases, ...fileHead } = file;
writeFileSync(CASES_FILE, `${JSON.stringify(fileHead).slice(0, -1)},\n"cases": [\n${caseLines}\n]}\n`);

const examples = narratives.reduce((n, x) => n + x.examples.length, 0);
console.log(`catalogue: ${narratives.length} narratives, ${examples} examples → ${BUILT_IN_FILE.pathname}`);
for (const n of narratives.filter((x) => !x.parent || !x.id.startsWith('ua-'))) console.log(`  ${n.id.padEnd(28)} ${String(n.examples.length).padStart(3)} examples  ${n.title}`);
console.log(`cases: ${file.cases.length} EUvsDisinfo cases → ${CASES_FILE.pathname}`);
