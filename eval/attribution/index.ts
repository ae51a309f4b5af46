// Attribution evaluation on PolNeAR (brat): Source / Cue / Content spans, exact and overlap, as Citron reports on PARC 3.0.
import { datasetPath } from '../dataset-paths.js';
import { ROLES, type Role } from './brat.js';
import { loadSplit } from './dataset.js';
import { loadAttributionModel } from '../../src/models/attribution/model.js';
import { attributionPipeline, predict } from './predict.js';
import { emptyTally, prf, tally, type Mode, type Prf, type Tally } from './score.js';

export interface AttributionEvalOptions {
  /** Split folder (default ../shared/datasets/attribution/polnear/dev). */
  dataset?: string;
  /** Only the first N articles. */
  limit?: number;
  /** Model files to use instead of the shipped ones (the training script scores what it wrote). */
  model?: { modelPath: string; weightsPath: string };
  /** Score the cue rules instead of the learned tagger. */
  rules?: boolean;
  /** Only the articles whose index (in file order) passes: the training script scores its inner held-out quarter of train. */
  select?: (index: number) => boolean;
}

export interface AttributionEvalResult {
  name: 'attribution';
  skipped: boolean;
  message: string;
  dataset: string;
  articles: number;
  scores: Record<Role, Record<Mode, Prf>> | null;
  tally: Tally | null;
  /** Flat metrics as compared with the floors in eval/baseline.json under "attribution" (e.g. "content_overlap_f1"). */
  metrics: Record<string, number>;
  msPerArticle: number;
}

export const DEFAULT_SPLIT = 'attribution/polnear/dev';

export async function runAttributionEval(options: AttributionEvalOptions = {}): Promise<AttributionEvalResult> {
  const located = options.dataset ? { path: options.dataset, missing: null } : datasetPath(DEFAULT_SPLIT);
  const base = { name: 'attribution' as const, dataset: located.path, articles: 0, scores: null, tally: null, metrics: {}, msPerArticle: 0 };
  if (located.missing) return { ...base, skipped: true, message: located.missing };
  const select = options.select;
  const articles = loadSplit(located.path, options.limit).filter((_, i) => !select || select(i));
  const pipeline = attributionPipeline({ tagger: !options.rules, model: options.model ? loadAttributionModel(options.model.modelPath, options.model.weightsPath) : undefined });
  const counts = emptyTally();
  let ms = 0;
  for (const article of articles) {
    const t0 = performance.now();
    const predicted = predict(pipeline, article.text, article.name);
    ms += performance.now() - t0;
    tally(counts, article.text, article.attributions, predicted);
  }
  const scores = {} as Record<Role, Record<Mode, Prf>>;
  const metrics: Record<string, number> = {};
  for (const role of ROLES) {
    scores[role] = { exact: prf(counts[role].exact), overlap: prf(counts[role].overlap) };
    for (const mode of ['exact', 'overlap'] as const) {
      for (const k of ['precision', 'recall', 'f1'] as const) metrics[`${role.toLowerCase()}_${mode}_${k}`] = round(scores[role][mode][k]);
    }
  }
  return { ...base, skipped: false, message: `${articles.length} articles`, articles: articles.length, scores, tally: counts, metrics, msPerArticle: articles.length ? ms / articles.length : 0 };
}

/** A table of the scores, with Citron's PARC 3.0 numbers beside them for reference. */
export function print(result: AttributionEvalResult): string {
  if (result.skipped || !result.scores) return `attribution: skipped — ${result.message}`;
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const citron: Record<string, string> = { 'Source exact': '82.0', 'Cue exact': '82.3', 'Content exact': '59.3', 'Content overlap': '83.3' };
  const lines = [`attribution — PolNeAR ${result.dataset} (${result.articles} articles, ${result.msPerArticle.toFixed(2)} ms/article)`, 'role     match     P      R      F1    Citron F1 (PARC 3.0)'];
  for (const role of ROLES) {
    for (const mode of ['exact', 'overlap'] as const) {
      const s = result.scores[role][mode];
      lines.push(`${role.padEnd(8)} ${mode.padEnd(8)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}   ${citron[`${role} ${mode}`] ?? '  —'}`);
    }
  }
  return lines.join('\n');
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
