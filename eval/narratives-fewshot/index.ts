// npm run eval -- narratives-fewshot: the few-shot protocol of issue 12 on the UA narratives catalogue. For k = 1,
// 3 and 5, k excerpts per narrative are the catalogue (examples alone: no keywords, entities or frames), the rest
// are classified among the 13 narratives; macro-F1 averaged over seeds. Floors under "narratives-fewshot".
import { classify, macroF1, pick } from './fewshot.js';
import { loadUaCatalogue } from './dataset.js';

export const KS = [1, 3, 5];
/** Reported seeds. Matcher design was compared on seeds 101–103 (other picks from the same excerpts); see README. */
export const SEEDS = [1, 2, 3, 4, 5];

export interface FewShotResult {
  skipped: boolean;
  message: string;
  narratives: number;
  excerpts: number;
  /** k → macro-F1 per seed. */
  perSeed: Record<number, number[]>;
  metrics: Record<string, number>;
  msPerExcerpt: number;
}

export const PROTOCOL =
  'Protocol: UA narratives catalogue (13 narratives, 623 cases of which 611 have an English excerpt). For each k in 1, 3, 5 and seed in 1..5, k excerpts per ' +
  'narrative are picked by a seeded shuffle (mulberry32) as the only examples of a catalogue (builtIn: false); every other excerpt is ' +
  'classified by the narratives stage\'s example-only matcher as its most similar narrative (forced choice, interlingual keys + entity ids, ' +
  'IDF-weighted cosine, mean over the narrative\'s examples). Macro-F1 over the 13 narratives, mean over the 5 seeds.';

export async function runFewShotEval(seeds = SEEDS): Promise<FewShotResult> {
  const { data, missing } = loadUaCatalogue();
  if (!data) return { skipped: true, message: missing!, narratives: 0, excerpts: 0, perSeed: {}, metrics: {}, msPerExcerpt: 0 };
  const perSeed: Record<number, number[]> = {};
  const metrics: Record<string, number> = {};
  let ms = 0;
  let classified = 0;
  for (const k of KS) {
    perSeed[k] = [];
    for (const seed of seeds) {
      const { examples, test } = pick(data, k, seed);
      const t0 = performance.now();
      const predicted = classify(data, examples, test.map((i) => data.excerpts[i]));
      ms += performance.now() - t0;
      classified += test.length;
      perSeed[k].push(macroF1(test.map((i) => data.excerpts[i].label), predicted, data.narratives.length));
    }
    metrics[`macroF1_k${k}`] = round(perSeed[k].reduce((a, b) => a + b, 0) / perSeed[k].length);
  }
  return { skipped: false, message: PROTOCOL, narratives: data.narratives.length, excerpts: data.excerpts.length, perSeed, metrics, msPerExcerpt: ms / classified };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function print(r: FewShotResult, log: (line: string) => void): void {
  log(r.message);
  log(`\n${r.narratives} narratives, ${r.excerpts} excerpts; ${r.msPerExcerpt.toFixed(2)} ms an excerpt (catalogue build included)`);
  log('\n k   macro-F1 (mean)   per seed');
  for (const k of KS) log(` ${k}   ${r.metrics[`macroF1_k${k}`].toFixed(3)}             ${r.perSeed[k].map((x) => x.toFixed(3)).join('  ')}`);
}
