// The shipped catalogue and case index are derived data: they must be what scripts/build-narratives.ts makes now
// from the datasets, the definitions and the narratives stage's lexicon. When this fails, run the script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DATASETS, datasetPath } from '../../../../eval/dataset-paths.js';
import { buildKnowledge } from '../../../stages/narratives/index.js';
import { CASES_FILE, type CaseIndexFile } from '../cases.js';
import { BUILT_IN_FILE } from '../load.js';
import { caseFeatures, euvsNarratives, readDefinitions, uaNarratives } from './build.js';
import { parseCsv } from './csv.js';
import { EUVS_DIR, readEuvsCases, readUaCases, UA_DIR } from './sources.js';

const missing = datasetPath(EUVS_DIR).missing ?? datasetPath(UA_DIR).missing;
const skip = missing ? `${missing}; the shipped files are used as they are` : false;
const REBUILD = 'out of date: run "npx tsx scripts/build-narratives.ts"';

test('the CSV reader: quotes, doubled quotes, commas and newlines in fields', () => {
  assert.deepEqual(parseCsv('a,b\n"x, ""y""",2\n"multi\nline",3\n'), [
    { a: 'x, "y"', b: '2' },
    { a: 'multi\nline', b: '3' },
  ]);
});

test('the shipped catalogue is what the build script makes now', { skip }, () => {
  const knowledge = buildKnowledge({ builtIn: false });
  const definitions = readDefinitions(new URL('./definitions.yml', import.meta.url));
  const built = [...euvsNarratives(definitions.euvsdisinfo, readEuvsCases(DATASETS), knowledge), ...uaNarratives(definitions.ua, readUaCases(DATASETS))];
  const shipped = (JSON.parse(readFileSync(BUILT_IN_FILE, 'utf8')) as { narratives: typeof built }).narratives;
  assert.deepEqual(shipped.map((n) => n.id), built.map((n) => n.id), `catalogue ids ${REBUILD}`);
  for (const [i, n] of built.entries()) assert.deepEqual(shipped[i].examples.map((e) => e.text), n.examples.map((e) => e.text), `examples of ${n.id} ${REBUILD}`);
});

test('the shipped case index is what the build script makes now (every 25th case)', { skip }, () => {
  const knowledge = buildKnowledge({ builtIn: false });
  const cases = readEuvsCases(DATASETS);
  const shipped = (JSON.parse(readFileSync(CASES_FILE, 'utf8')) as CaseIndexFile).cases;
  assert.equal(shipped.length, cases.length, `case count ${REBUILD}`);
  for (let i = 0; i < cases.length; i += 25) {
    assert.equal(shipped[i][1], cases[i].title);
    assert.equal(shipped[i][3], caseFeatures(cases[i].title, cases[i].keywords, knowledge), `features of "${cases[i].title}" ${REBUILD}`);
  }
});
