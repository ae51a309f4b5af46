// One stage's CPU time alone, for speed work on it: the whole pipeline runs once on the bench corpus, then only the
// named stages run again on the analysed documents (their inputs are all there), so the figure is not diluted by the
// other stages' noise and a round takes seconds. Stages that read their own or later layers are not measured fairly.
//   npx tsx bench/stage-cpu.ts [rounds] language segment entities claims techniques framing cases
// With PROFILE=out.cpuprofile the measured rounds are profiled (read it with bench/cpuprofile-top.ts).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Stage } from '../src/core/stage.js';
import type { Doc } from '../src/core/types.js';
import { defaultPipeline } from '../src/preset.js';
import { cases } from '../src/stages/cases/index.js';
import { claims } from '../src/stages/claims/index.js';
import { entities } from '../src/stages/entities/index.js';
import { framing } from '../src/stages/framing/index.js';
import { language } from '../src/stages/language/index.js';
import { segment } from '../src/stages/segment/index.js';
import { techniques } from '../src/stages/techniques/index.js';
import { extract, loadPages } from './analyze.js';

const STAGES: Record<string, Stage<undefined>> = { language, segment, entities, claims, techniques, framing, cases } as Record<string, Stage<undefined>>;

const args = process.argv.slice(2);
const rounds = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 5;
const names = args.length ? args : Object.keys(STAGES);
const unknown = names.filter((n) => !STAGES[n]);
if (unknown.length) {
  console.error(`Unknown stage(s) ${unknown.join(', ')}; known: ${Object.keys(STAGES).join(', ')}.`);
  process.exit(2);
}
const profile = process.env.PROFILE;
const session = new Session();
const pipeline = defaultPipeline();
const docs: Doc[] = extract(loadPages()).map((d) => pipeline.run(d));
for (const name of names) {
  const run = STAGES[name].create(undefined);
  for (const doc of docs) run(doc); // warm-up
  if (profile) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const best: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    for (const doc of docs) run(doc);
    const u = process.cpuUsage(c0);
    best.push((u.user + u.system) / 1000 / docs.length);
  }
  if (profile) {
    const { profile: taken } = await session.post('Profiler.stop');
    writeFileSync(profile, JSON.stringify(taken));
    session.disconnect();
  }
  best.sort((a, b) => a - b);
  console.log(`${name.padEnd(10)} ms/article: min ${best[0].toFixed(3)}  median ${best[best.length >> 1].toFixed(3)}  (${rounds} rounds, ${docs.length} documents)`);
}
