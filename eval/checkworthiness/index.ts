// Check-worthiness evaluation on the held-out part of the training data (see src/models/checkworthiness/datasets.ts):
// CLEF 2019 Task 1's metric (AP per debate, mean over debates) on whole held-out debates, and ClaimBuster AP / F1.
import { CLEF_TEST, DATASETS, datasetsAvailable, readClaimbuster, readClef2019, splitOf } from '../../src/models/checkworthiness/training-data.js';
import { loadCheckworthinessModel } from '../../src/models/checkworthiness/index.js';
import { averagePrecision, meanAveragePrecision, prf, type Scored } from '../../src/models/checkworthiness/metrics.js';
import { DEFAULT_THRESHOLD } from '../../src/stages/claims/index.js';

export interface CheckworthinessEvalResult {
  name: 'checkworthiness';
  skipped: boolean;
  message: string;
  dataset: string;
  /** AP of each held-out CLEF debate. */
  debates: { name: string; lines: number; positives: number; ap: number }[];
  /** Flat numbers, as compared with floors in the baseline file under "checkworthiness". */
  metrics: Record<string, number>;
}

export async function runCheckworthinessEval(): Promise<CheckworthinessEvalResult> {
  if (!datasetsAvailable()) {
    return { name: 'checkworthiness', skipped: true, message: `skipped: check-worthiness datasets not found under ${DATASETS}`, dataset: DATASETS, debates: [], metrics: {} };
  }
  const model = loadCheckworthinessModel();
  const started = performance.now();
  const clef = readClef2019();
  const debates = CLEF_TEST.map((name) => {
    const items: Scored[] = clef.filter((e) => e.group === name).map((e) => ({ score: model.score(e.text), label: e.label }));
    return { name, items };
  });
  const cb: Scored[] = readClaimbuster().filter((e) => splitOf(e) === 'test').map((e) => ({ score: model.score(e.text), label: e.label }));
  const sentences = cb.length + debates.reduce((n, d) => n + d.items.length, 0);
  const usPerSentence = ((performance.now() - started) * 1000) / sentences;
  const atDefault = prf(cb, DEFAULT_THRESHOLD);
  const metrics = {
    clefMap: meanAveragePrecision(debates.map((d) => d.items)),
    claimbusterAp: averagePrecision(cb),
    claimbusterF1: atDefault.f1,
    claimbusterPrecision: atDefault.precision,
    claimbusterRecall: atDefault.recall,
  };
  return {
    name: 'checkworthiness',
    skipped: false,
    message: `${debates.length} held-out CLEF 2019 debates, ${cb.length} held-out ClaimBuster sentences, ${usPerSentence.toFixed(1)} µs a sentence (reading included)`,
    dataset: DATASETS,
    debates: debates.map((d) => ({ name: d.name, lines: d.items.length, positives: d.items.filter((x) => x.label).length, ap: averagePrecision(d.items) })),
    metrics,
  };
}

export function print(result: CheckworthinessEvalResult, log: (line: string) => void = console.log): void {
  if (result.skipped) {
    log(`checkworthiness: ${result.message}`);
    return;
  }
  const f = (x: number) => x.toFixed(3);
  log(`checkworthiness: ${result.message}`);
  for (const d of result.debates) log(`  ${d.name.padEnd(26)} ${String(d.lines).padStart(5)} lines ${String(d.positives).padStart(3)} check-worthy  AP ${f(d.ap)}`);
  const m = result.metrics;
  log(`  CLEF 2019 T1 MAP ${f(m.clefMap)} (best primary run on the official test set: 0.166; a different set of debates)`);
  log(`  ClaimBuster AP ${f(m.claimbusterAp)}, F1 at ${DEFAULT_THRESHOLD} ${f(m.claimbusterF1)} (P ${f(m.claimbusterPrecision)} / R ${f(m.claimbusterRecall)})`);
}
