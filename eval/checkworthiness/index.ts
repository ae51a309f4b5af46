// Check-worthiness evaluation: protocols where nothing ranked was trained or tuned on (protocols.ts), each with a
// TF-IDF logistic regression trained on the same debates as its reference row. Our model is retrained in each fold
// with the shipped settings (src/models/checkworthiness/train.ts DEFAULTS).
import { CLEF2019_TEST_DIR, clef2019TestAvailable, clef2020Available, DATASETS, datasetsAvailable, readClaimbuster, readClef2019, readClef2019Test, readClef2020T5, t5ForShipping } from '../../src/models/checkworthiness/training-data.js';
import { readFileSync } from 'node:fs';
import { MODEL_FILE, type CheckworthinessModelFile } from '../../src/models/checkworthiness/model.js';
import { DEFAULTS } from '../../src/models/checkworthiness/train.js';
import { DEFAULT_THRESHOLD } from '../../src/stages/claims/index.js';
import { claimbusterHeldOut, clef2019Test, clef2020, lodo, mapOf, prepareAll, type DebateResult } from './protocols.js';

export interface CheckworthinessEvalResult {
  name: 'checkworthiness';
  skipped: boolean;
  message: string;
  dataset: string;
  /** AP of each CLEF 2019 training debate when held out (leave-one-debate-out). */
  debates: DebateResult[];
  /** AP of each CLEF 2020 Task 5 dev transcript (empty when that folder is absent). */
  clef2020: DebateResult[];
  /** AP of each CLEF 2019 official test debate, trained on all 19 training debates (empty when the test folder is absent). */
  clef2019Test: DebateResult[];
  /** Flat numbers, as compared with floors in the baseline file under "checkworthiness". */
  metrics: Record<string, number>;
}

export const PROTOCOL = [
  'Protocols (nothing ranked was trained or tuned on; settings were chosen by LODO MAP and 5-fold CV inside T5 train):',
  '  LODO: for each of the 19 CLEF 2019 Task 1 training debates, train on ClaimBuster + the other 18 (+ CLEF 2020 T5 train',
  '        at the recipe\'s t5Weight, 0 now; any sentence equal to a held-out one, and any transcript of the same event,',
  '        removed), rank the held-out debate; AP per debate, MAP over debates (the CLEF 2019 primary metric).',
  '  CLEF 2019 T1 official test: train once on ClaimBuster + all 19 training debates (+ the 48 T5 transcripts that are not',
  '        official test debates, at t5Weight), rank each of the 7 test debates once (data/test_annotated of the task; run',
  '        only where a copy sits in the datasets folder); MAP over the 7.',
  '  CLEF 2020 T5: its published split (earliest 40 transcripts train, latest 10 dev, as its baseline script), our model',
  '        also on ClaimBuster; MAP on dev.',
  '  ClaimBuster: hashed test part (sentence id), trained on the rest + the shipped model\'s debates; AP, F1 at the claims threshold.',
  '  Reference row: TF-IDF (word unigrams) logistic regression trained on the same protocol\'s CLEF 2019 (LODO) or T5 lines.',
];

export async function runCheckworthinessEval(): Promise<CheckworthinessEvalResult> {
  const empty = { name: 'checkworthiness' as const, dataset: DATASETS, debates: [], clef2020: [], clef2019Test: [], metrics: {} };
  if (!datasetsAvailable()) return { ...empty, skipped: true, message: `skipped: check-worthiness datasets not found under ${DATASETS}` };
  const started = performance.now();
  const claimbuster = readClaimbuster();
  const clef = readClef2019();
  const split = clef2020Available() ? readClef2020T5() : { train: [], dev: [] };
  // Features of every example once (the protocols and their 21 models share them); the official test debates apart.
  const prepared = prepareAll([...claimbuster, ...clef, ...split.train, ...split.dev], DEFAULTS);
  const debates = lodo(clef, claimbuster, DEFAULTS, split.train, prepared);
  const t5 = split.dev.length ? clef2020(split, claimbuster, DEFAULTS, prepared) : [];
  const official = clef2019TestAvailable() ? clef2019Test(clef, readClef2019Test(), claimbuster, DEFAULTS, [...split.train, ...split.dev]) : [];
  // The debate-calibrated cut the training script chose on ClaimBuster's dev part (kept in the model file).
  const calibrated = Number((JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as CheckworthinessModelFile).trained.threshold ?? 0.5);
  const cb = claimbusterHeldOut(claimbuster, [...clef, ...t5ForShipping(split)], DEFAULTS, DEFAULT_THRESHOLD, calibrated, prepared);
  const metrics: Record<string, number> = {
    clefLodoMap: mapOf(debates, 'ap'),
    clefLodoMapTfidf: mapOf(debates, 'tfidfAp'),
    claimbusterAp: cb.ap,
    claimbusterF1: cb.atThreshold.f1,
    claimbusterPrecision: cb.atThreshold.precision,
    claimbusterRecall: cb.atThreshold.recall,
    claimbusterCalibratedThreshold: calibrated,
    claimbusterF1Calibrated: cb.atCalibrated.f1,
  };
  if (t5.length) Object.assign(metrics, { clef2020Map: mapOf(t5, 'ap'), clef2020MapTfidf: mapOf(t5, 'tfidfAp') });
  if (official.length) Object.assign(metrics, { clef2019TestMap: mapOf(official, 'ap'), clef2019TestMapTfidf: mapOf(official, 'tfidfAp') });
  const seconds = (performance.now() - started) / 1000;
  return {
    ...empty, skipped: false, debates, clef2020: t5, clef2019Test: official, metrics,
    message: `${debates.length} CLEF 2019 debates left out in turn, ${official.length} CLEF 2019 official test debates, ${t5.length} CLEF 2020 T5 dev transcripts, ${cb.n} ClaimBuster test sentences (${seconds.toFixed(0)} s, ${21 + (official.length ? 1 : 0)} models trained)`,
  };
}

export function print(result: CheckworthinessEvalResult, log: (line: string) => void = console.log): void {
  log(`checkworthiness: ${result.message}`);
  if (result.skipped) return;
  const f = (x: number) => x.toFixed(3);
  PROTOCOL.forEach((l) => log(l));
  const table = (rows: DebateResult[]) => rows.forEach((d) => log(`  ${d.name.padEnd(40)} ${String(d.lines).padStart(5)} lines ${String(d.positives).padStart(3)} check-worthy  AP ${f(d.ap)}  (TF-IDF LR ${f(d.tfidfAp)})`));
  const m = result.metrics;
  log('Leave-one-debate-out, CLEF 2019 T1 training debates:');
  table(result.debates);
  log(`  LODO MAP ${f(m.clefLodoMap)} (TF-IDF LR ${f(m.clefLodoMapTfidf)}). Official 2019 test, for scale: best primary run 0.166, TF-IDF LR 0.154 (other debates).`);
  if (result.clef2019Test.length) {
    log('CLEF 2019 T1 official test (trained on ClaimBuster + all 19 training debates, each test debate ranked once):');
    table(result.clef2019Test);
    log(`  CLEF 2019 official test MAP ${f(m.clef2019TestMap)} (TF-IDF LR ${f(m.clef2019TestMapTfidf)}; best primary run 0.166)`);
  } else log(`CLEF 2019 T1 official test: skipped — its 7 annotated debates are not in ${CLEF2019_TEST_DIR} (copy the task's data/test_annotated/*.tsv there to run it)`);
  if (result.clef2020.length) {
    log('CLEF 2020 Task 5, published dev split:');
    table(result.clef2020);
    log(`  CLEF 2020 T5 dev MAP ${f(m.clef2020Map)} (TF-IDF LR ${f(m.clef2020MapTfidf)}; the task's n-gram baseline printed 0.095 on this split)`);
  } else log('CLEF 2020 Task 5: skipped (../shared/datasets/checkworthiness/clef2020-t5 not found)');
  log(`ClaimBuster test: AP ${f(m.claimbusterAp)}, F1 at the claims stage's ${DEFAULT_THRESHOLD} ${f(m.claimbusterF1)} (P ${f(m.claimbusterPrecision)} / R ${f(m.claimbusterRecall)}), F1 at the ClaimBuster-dev-calibrated ${m.claimbusterCalibratedThreshold} ${f(m.claimbusterF1Calibrated)}`);
}
