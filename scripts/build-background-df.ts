// npx tsx scripts/build-background-df.ts: how common each interlingual word key (x:, k:) is in plain news, for the
// example-only matcher's term weights (src/stages/narratives/background-df.ts). The catalogue's ~36 examples alone
// cannot tell a claim word ("biolab") from a general one ("say", "country"): both occur in one example or two.
// Corpus: the English texts of PolNeAR's train split (840 US political news articles, 2016) — news carrying none of
// the catalogues' narratives. PolNeAR dev and PTC are left out: the real-article false-positive check reads them.
// Each sentence counts a key once (sentence document frequency); only keys in ≥ MIN_DF sentences are kept (the rare
// ones weigh fully anyway). Deterministic; a few seconds.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../eval/dataset-paths.js';
import { interlingualKeys } from '../src/knowledge/lexicons/index.js';

const OUT = fileURLToPath(new URL('../src/stages/narratives/data/background-df.json', import.meta.url));
const SOURCE = 'attribution/polnear/train/text';
const MIN_DF = 20;

const dir = join(DATASETS, SOURCE);
const df = new Map<string, number>();
let sentences = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  for (const sentence of readFileSync(join(dir, file), 'utf8').split(/(?<=[.!?])\s+|\n+/)) {
    const keys = new Set<string>();
    for (const word of sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
      for (const k of interlingualKeys(word, 'en')) if ((k.startsWith('x:') || k.startsWith('k:')) && !/\d/.test(k)) keys.add(k);
    }
    if (keys.size < 2) continue;
    sentences++;
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  }
}
const kept = [...df].filter(([, n]) => n >= MIN_DF).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = {
  source: `PolNeAR v1.0.0 (github.com/networkdynamics/PolNeAR @ c3eee83), data/train/text, via ../shared/datasets/${SOURCE}; no licence stated upstream (research use). Only counts of our own word keys are shipped, no text.`,
  built: 'npx tsx scripts/build-background-df.ts',
  sentences,
  minDf: MIN_DF,
  df: Object.fromEntries(kept),
};
writeFileSync(OUT, JSON.stringify(out, null, 0) + '\n');
console.log(`${sentences} sentences, ${df.size} keys, ${kept.length} kept (df ≥ ${MIN_DF}) → ${OUT}`);
console.log('most common:', kept.slice(0, 40).map(([k, n]) => `${k} ${n}`).join(', '));
