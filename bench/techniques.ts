// The techniques stage alone (issue 13: ≤ ~2 ms for a 6,000-character article on one core): CPU time per article
// over the PTC held-out articles (plain news text, ~5,000 characters), scaled to 6,000 characters, and split
// into tokens, tagger and the rest (span selection, classifiers, rules, explanations).
import { createDoc } from '../src/core/doc.js';
import type { Doc } from '../src/core/types.js';
import { loadPtc, ptcMissing } from '../src/models/techniques/ptc.js';
import { segment } from '../src/stages/segment/index.js';
import { createAnalyzer, docTokens } from '../src/stages/techniques/index.js';

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Best of `rounds` CPU times for `fn` (the least disturbed by other processes). */
function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    fn();
    min = Math.min(min, cpuMs(c0));
  }
  return min;
}

export async function benchTechniques(): Promise<void> {
  const missing = ptcMissing();
  if (missing) {
    console.log(`techniques: skipped — ${missing}`);
    return;
  }
  const segmentDoc = segment.create();
  const docs: Doc[] = loadPtc(['heldout']).map((a) => segmentDoc(createDoc({ text: a.text, source: { name: `article${a.id}.txt` } })));
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const analyzer = createAnalyzer();
  for (const doc of docs) analyzer.predict(doc); // warm-up
  const per6k = (ms: number): string => ((ms / chars) * 6000).toFixed(2);
  const tokensMs = best(7, () => docs.forEach((doc) => docTokens(doc, analyzer.cues)));
  const toks = docs.map((doc) => docTokens(doc, analyzer.cues));
  const taggerMs = best(7, () => toks.forEach((d) => analyzer.model.tokenProbs(d)));
  const wholeMs = best(7, () => docs.forEach((doc) => analyzer.predict(doc)));
  console.log('\n## techniques stage (one core, CPU time, best of 7)\n');
  console.log(`${docs.length} PTC held-out articles, mean ${Math.round(chars / docs.length)} characters`);
  console.log(`ms per 6,000 characters: whole stage ${per6k(wholeMs)} (tokens ${per6k(tokensMs)}, tagger ${per6k(taggerMs)}, selection, classifiers, rules and explanations ${per6k(wholeMs - tokensMs - taggerMs)})`);
}
