// The stages after extraction on the bench's corpus, profiled after a warm-up pass (so first-use loading and cache
// filling are not what is profiled), with the per-stage CPU table:
//   npx tsx bench/analyze-profile.ts [rounds] [out.cpuprofile]
//   npx tsx bench/cpuprofile-top.ts [--under=findNarratives] out.cpuprofile
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { defaultPipeline } from '../src/preset.js';
import { extract, loadPages, stageTable } from './analyze.js';

const rounds = Number(process.argv[2] ?? 2);
const out = process.argv[3] ?? null;
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
for (const doc of docs) pipeline.run(doc);
const session = new Session();
if (out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const cpu = new Map<string, number>();
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const doc of docs) pipeline.run(doc, cpu);
const used = process.cpuUsage(c0);
if (out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  session.disconnect();
}
console.log(stageTable(cpu, rounds * docs.length));
console.log(`\n${((rounds * docs.length) / ((used.user + used.system) / 1e6)).toFixed(1)} articles per CPU second${out ? ` (profiled, slower; profile in ${out})` : ''}`);
