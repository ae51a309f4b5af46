// The narratives stage alone, for speed work on it: the bench corpus analysed once up to the stage, then the stage
// run over those documents `rounds` times; prints the least and the median CPU ms per article over the rounds (the
// machine is shared: the least is the steadier figure for a before/after comparison).
//   npx tsx bench/narratives-cpu.ts [rounds=15] [--narrative-rules]   (the rules' decision alone: no candidates under the floor)
import { narratives } from '../src/stages/narratives/index.js';
import { defaultPipeline } from '../src/preset.js';
import { extract, loadPages } from './analyze.js';

const rounds = Number(process.argv[2] ?? 15);
const docs = extract(loadPages());
if (!docs.length) {
  console.log('narratives-cpu: skipped — no pages and no seed article.');
  process.exit(0);
}
const pipeline = defaultPipeline();
const ready = docs.map((d) => pipeline.run(d));
const rulesOnly = process.argv.includes('--narrative-rules');
const stage = narratives.create(rulesOnly ? { narrativeModel: false } : undefined);
for (const doc of ready) stage(doc);
const perRound: number[] = [];
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage();
  for (const doc of ready) stage(doc);
  const used = process.cpuUsage(c0);
  perRound.push((used.user + used.system) / 1000 / ready.length);
}
perRound.sort((a, b) => a - b);
console.log(`narratives${rulesOnly ? ' (rules alone)' : ''}: least ${perRound[0].toFixed(3)} ms/article, median ${perRound[rounds >> 1].toFixed(3)} (${ready.length} articles × ${rounds} rounds)`);
