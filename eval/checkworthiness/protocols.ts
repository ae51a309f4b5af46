// The evaluation protocols: each trains on one part and ranks another that no training or tuning step has seen.
// - lodo: leave one CLEF 2019 training debate out (train on ClaimBuster + the other 18 + T5's train part at the
//   recipe's t5Weight, 0 now; rank the 19th), MAP over debates, the CLEF 2019 Task 1 primary metric.
// - clef2019Test: the CLEF 2019 Task 1 official test debates (when a copy is present): train on ClaimBuster + all 19
//   training debates (+ T5 but its two official-test transcripts, at t5Weight), once; rank each test debate once, MAP.
// - clef2020: CLEF 2020 Task 5's published split (the earliest 40 transcripts train, the latest 10 are dev), MAP.
// - claimbuster: ClaimBuster's hashed test part (train on the rest + the shipped model's debates), AP and F1.
// Same-event transcripts (CLEF 2019 and T5 share nine debates) never straddle train and held-out: see `without`.
import { createModel } from '../../src/models/checkworthiness/model.js';
import { averagePrecision, meanAveragePrecision, prf, type Prf, type Scored } from '../../src/models/checkworthiness/metrics.js';
import { prepare, train, without, type Row, type Settings } from '../../src/models/checkworthiness/train.js';
import { byGroup, claimbusterSplit, CLEF2019_TEST_EVENTS, type Example } from '../../src/models/checkworthiness/training-data.js';
import { trainTfidf } from './tfidf.js';

export interface DebateResult {
  name: string;
  lines: number;
  positives: number;
  ap: number;
  tfidfAp: number;
}

/** Rows prepared once for every example the protocols train on (`prepareAll`): a row's features do not depend on
 * which protocol or fold uses it (each transcript is always prepared whole), so the eval computes them once, not once
 * per protocol. */
export type Prepared = ReadonlyMap<Example, Row>;

export function prepareAll(examples: readonly Example[], s: Settings): Prepared {
  const rows = prepare(examples, s);
  return new Map(rows.map((r) => [r.example, r]));
}

/** The rows of `examples`, in their order: from `prepared` where given (every example must be in it), else computed. */
function rowsOf(examples: readonly Example[], s: Settings, prepared?: Prepared): Row[] {
  if (!prepared) return prepare(examples, s);
  return examples.map((e) => {
    const row = prepared.get(e);
    if (!row) throw new Error(`rowsOf: ${e.group}#${e.id} was not prepared`);
    return row;
  });
}

const scored = (lines: readonly Example[], scores: readonly number[]): Scored[] => lines.map((l, i) => ({ score: scores[i], label: l.label }));

/** Ranks each held-out debate with a model trained on `training` minus that debate (and minus its sentences). */
function rankHeldOut(heldOut: Map<string, Example[]>, training: readonly Example[], s: Settings, tfidfFrom: (held: Example[]) => Example[], prepared?: Prepared): DebateResult[] {
  const rows = rowsOf(training, s, prepared);
  return [...heldOut].map(([name, lines]) => {
    const model = createModel(train(without(rows, lines), s));
    const tfidf = trainTfidf(tfidfFrom(lines));
    const ours = model.rankTranscript(lines.map((l) => ({ speaker: l.speaker ?? '', text: l.text })));
    return {
      name, lines: lines.length, positives: lines.filter((l) => l.label).length,
      ap: averagePrecision(scored(lines, ours)), tfidfAp: averagePrecision(scored(lines, lines.map((l) => tfidf.score(l.text)))),
    };
  });
}

/** `t5Train`: CLEF 2020 T5's train part, trained on too (its transcripts of the held-out debate's event dropped by
 * `without`); the TF-IDF reference stays on the 18 CLEF 2019 debates, as before. */
export function lodo(clef2019: readonly Example[], claimbuster: readonly Example[], s: Settings, t5Train: readonly Example[] = [], prepared?: Prepared): DebateResult[] {
  return rankHeldOut(byGroup(clef2019), [...claimbuster, ...clef2019, ...t5Train], s, (held) => clef2019.filter((e) => e.group !== held[0].group), prepared);
}

/**
 * CLEF 2019 Task 1 official test: trained once on ClaimBuster + all 19 training debates (the TF-IDF reference on the
 * 19 debates), each of the 7 test debates ranked once. Nothing here was tuned on them.
 */
export function clef2019Test(clef2019: readonly Example[], test: readonly Example[], claimbuster: readonly Example[], s: Settings, t5: readonly Example[] = []): DebateResult[] {
  const rows = prepare([...claimbuster, ...clef2019, ...t5.filter((e) => !CLEF2019_TEST_EVENTS.includes(e.group))], s);
  const model = createModel(train(without(rows, test), s));
  const tfidf = trainTfidf(clef2019);
  return [...byGroup(test)].map(([name, lines]) => ({
    name, lines: lines.length, positives: lines.filter((l) => l.label).length,
    ap: averagePrecision(scored(lines, model.rankTranscript(lines.map((l) => ({ speaker: l.speaker ?? '', text: l.text }))))),
    tfidfAp: averagePrecision(scored(lines, lines.map((l) => tfidf.score(l.text)))),
  }));
}

/** CLEF 2020 Task 5: trained on its train part (+ ClaimBuster for our model), ranked on its dev part. The CLEF 2019
 * debates stay out: they annotate the same debates differently (README.md), and adding them lowered dev MAP. */
export function clef2020(split: { train: Example[]; dev: Example[] }, claimbuster: readonly Example[], s: Settings, prepared?: Prepared): DebateResult[] {
  const dev = byGroup(split.dev);
  // The task's protocol learns from its train part: T5 lines weigh as CLEF lines here, even where the shipped recipe
  // leaves T5 out (t5Weight 0).
  const t5s = { ...s, t5Weight: s.t5Weight || 1 };
  const rows = rowsOf([...claimbuster, ...split.train], t5s, prepared);
  const model = createModel(train(without(rows, split.dev), t5s));
  const tfidf = trainTfidf(split.train);
  return [...dev].map(([name, lines]) => ({
    name, lines: lines.length, positives: lines.filter((l) => l.label).length,
    ap: averagePrecision(scored(lines, model.rankTranscript(lines.map((l) => ({ speaker: l.speaker ?? '', text: l.text }))))),
    tfidfAp: averagePrecision(scored(lines, lines.map((l) => tfidf.score(l.text)))),
  }));
}

/** `debates`: the debate lines trained on beside ClaimBuster's train and dev parts (as the shipped model). */
export function claimbusterHeldOut(claimbuster: readonly Example[], debates: readonly Example[], s: Settings, threshold: number, calibrated: number, prepared?: Prepared): { ap: number; atThreshold: Prf; atCalibrated: Prf; n: number } {
  const test = claimbuster.filter((e) => claimbusterSplit(e.id) === 'test');
  const rows = rowsOf([...claimbuster.filter((e) => claimbusterSplit(e.id) !== 'test'), ...debates], s, prepared);
  const model = createModel(train(without(rows, test), s));
  const items = test.map((e) => ({ score: model.score(e.text), label: e.label }));
  return { ap: averagePrecision(items), atThreshold: prf(items, threshold), atCalibrated: prf(items, calibrated), n: items.length };
}

export const mapOf = (results: readonly DebateResult[], key: 'ap' | 'tfidfAp'): number =>
  results.filter((r) => r.positives).reduce((sum, r) => sum + r[key], 0) / Math.max(1, results.filter((r) => r.positives).length);

export { meanAveragePrecision };
