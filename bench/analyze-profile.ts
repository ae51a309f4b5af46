// The stages after extraction on the bench's corpus, for a CPU profile and nothing else (no memory run, no HTML):
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/analyze-profile.ts [rounds]
//   npx tsx bench/cpuprofile-top.ts /tmp/prof/*.cpuprofile
import { defaultPipeline } from '../src/preset.js';
import { extract, loadPages, stageTable } from './analyze.js';

const rounds = Number(process.argv[2] ?? 2);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`Rounds must be a positive integer, got "${process.argv[2]}".`);
  process.exit(2);
}
const docs = extract(loadPages());
if (!docs.length) {
  console.log('analyze-profile: skipped — no pages (../shared/datasets/extraction/trafilatura-en) and no seed article.');
  process.exit(0);
}
const pipeline = defaultPipeline();
for (const doc of docs) pipeline.run(doc); // warm-up: first-use loading is not what is profiled
const cpu = new Map<string, number>();
for (let r = 0; r < rounds; r++) for (const doc of docs) pipeline.run(doc, cpu);
console.log(stageTable(cpu, rounds * docs.length));
