// The quotes stage alone on PolNeAR dev articles (already segmented): the learned tagger (English) against the cue
// rules. CPU time of the process, best of several rounds, per 5,000 characters: wall time on a shared machine counts
// other people's work too.
import { datasetPath } from '../eval/dataset-paths.js';
import { loadSplit } from '../src/models/attribution/train/polnear.js';
import { segmentedDoc } from '../src/models/attribution/train/corpus.js';
import { quotes } from '../src/stages/quotes/index.js';
import type { Doc } from '../src/core/types.js';

const ROUNDS = 8;

function cpuMsPer5000(run: (doc: Doc) => Doc, docs: Doc[]): { cpu: number; wall: number } {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  for (const d of docs) run(d);
  let cpu = Infinity;
  let wall = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    for (const d of docs) run(d);
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, performance.now() - w0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { cpu: (cpu / chars) * 5000, wall: (wall / chars) * 5000 };
}

export async function benchQuotes(): Promise<void> {
  console.log('\n## quotes stage\n');
  const dev = datasetPath('attribution/polnear/dev');
  if (dev.missing) {
    console.log(`skipped: ${dev.missing}`);
    return;
  }
  const docs = loadSplit(dev.path).map((a) => segmentedDoc(a.text, a.name));
  console.log(`${docs.length} PolNeAR dev articles, ${Math.round(docs.reduce((n, d) => n + d.text.length, 0) / docs.length)} characters on average`);
  console.log('| finder | CPU ms per 5,000 chars | wall ms per 5,000 chars |\n|---|---|---|');
  for (const [name, options] of [['tagger (English)', undefined], ['cue rules', { tagger: false }]] as const) {
    const { cpu, wall } = cpuMsPer5000(quotes.create(options), docs);
    console.log(`| ${name} | ${cpu.toFixed(3)} | ${wall.toFixed(3)} |`);
  }
}
