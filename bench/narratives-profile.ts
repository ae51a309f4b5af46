// The narratives stage alone, CPU-profiled after warm-up passes (so the first-use loading, the soft-match neighbour
// cache and other caches are filled and not what is profiled): where the stage's steady-state time goes.
//   npx tsx bench/narratives-profile.ts [rounds=3] [out=/tmp/narratives.cpuprofile]
//   npx tsx bench/cpuprofile-top.ts --under=findNarratives /tmp/narratives.cpuprofile
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { defaultPipeline } from '../src/preset.js';
import { narratives } from '../src/stages/narratives/index.js';
import { extract, loadPages } from './analyze.js';

const rounds = Number(process.argv[2] ?? 3);
const out = process.argv[3] ?? '/tmp/narratives.cpuprofile';
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`Rounds must be a positive integer, got "${process.argv[2]}".`);
  process.exit(2);
}
const docs = extract(loadPages());
if (!docs.length) {
  console.log('narratives-profile: skipped — no pages and no seed article.');
  process.exit(0);
}
const pipeline = defaultPipeline();
const ready = docs.map((d) => pipeline.run(d));
const stage = narratives.create(undefined);
for (const doc of ready) stage(doc);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const doc of ready) stage(doc);
const used = process.cpuUsage(c0);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
session.disconnect();
console.log(`narratives: ${((used.user + used.system) / 1000 / (rounds * ready.length)).toFixed(3)} ms/article profiled (${ready.length} articles × ${rounds} rounds); profile in ${out}`);
