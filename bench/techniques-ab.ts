// The techniques stage of this checkout against another one (e.g. main's code before a speed change), in the same
// process and alternating, so both see the same machine load (between processes the noise is ±10%):
//   npx tsx bench/techniques-ab.ts /path/to/other/checkout [rounds]
// CPU ms per PTC held-out article (whole analyzer.predict: tokens, tagger, classifiers, rules), best of the rounds.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDoc } from '../src/core/doc.js';
import type { Doc } from '../src/core/types.js';
import { loadPtc, ptcMissing } from '../src/models/techniques/ptc.js';
import { segment } from '../src/stages/segment/index.js';
import { createAnalyzer, type TechniquesAnalyzer } from '../src/stages/techniques/analyzer.js';

const other = process.argv[2];
const rounds = Number(process.argv[3] ?? 7);
if (!other || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: npx tsx bench/techniques-ab.ts /path/to/other/checkout [rounds]');
  process.exit(2);
}
const missing = ptcMissing();
if (missing) {
  console.log(`techniques-ab: skipped — ${missing}`);
  process.exit(0);
}
const theirs = (await import(pathToFileURL(resolve(other, 'src/stages/techniques/index.ts')).href)) as { createAnalyzer: () => TechniquesAnalyzer };
const segmentDoc = segment.create();
const docs: Doc[] = loadPtc(['heldout']).map((a) => segmentDoc(createDoc({ text: a.text, source: { name: `article${a.id}.txt` } })));
const analyzers = { other: theirs.createAnalyzer(), this: createAnalyzer() };
const same = docs.every((doc) => JSON.stringify(analyzers.other.predict(doc)) === JSON.stringify(analyzers.this.predict(doc)));
const best = { other: Infinity, this: Infinity };
for (let r = 0; r < rounds; r++) {
  for (const name of r % 2 ? (['this', 'other'] as const) : (['other', 'this'] as const)) {
    const c0 = process.cpuUsage();
    for (const doc of docs) analyzers[name].predict(doc);
    const u = process.cpuUsage(c0);
    best[name] = Math.min(best[name], (u.user + u.system) / 1000 / docs.length);
  }
}
console.log(`${docs.length} PTC held-out articles, best of ${rounds}, CPU ms per article: other ${best.other.toFixed(3)}, this ${best.this.toFixed(3)} (${((1 - best.this / best.other) * 100).toFixed(1)}% less); same predictions: ${same}`);
