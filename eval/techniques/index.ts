// Persuasion techniques on the held-out part of PTC train (~20% of the articles, by a hash of the id; never
// trained or tuned on; the published dev gold is not among the shared datasets): span identification P/R/F1
// with the official partial-overlap measure, and technique classification micro-F1 on the gold spans (the TC task). Floors in eval/baseline.json under "techniques".
import { createDoc } from '../../src/core/doc.js';
import { segment } from '../../src/stages/segment/index.js';
import { createAnalyzer, docTokens } from '../../src/stages/techniques/index.js';
import { positionsOf } from '../../src/models/techniques/features.js';
import { addCounts, siCounts, siScore, tcCorrect, ZERO_COUNTS, type Prf, type SiCounts } from '../../src/models/techniques/metrics.js';
import { loadPtc, ptcMissing } from '../../src/models/techniques/ptc.js';
import { regressions } from '../baseline.js';

export interface Result {
  skipped: boolean;
  message: string;
  articles: number;
  goldSpans: number;
  predictedSpans: number;
  si: Prf;
  tc: { microF1: number; spans: number; perTechnique: Record<string, { gold: number; correct: number }> };
  msPerArticle: number;
  /** Metric name → value, as eval/baseline.json keys them. */
  metrics: Record<string, number>;
  regressions: string[];
}

const EMPTY: Prf = { precision: 0, recall: 0, f1: 0 };

export async function runTechniquesEval(options: { model?: string } = {}): Promise<Result> {
  const missing = ptcMissing();
  if (missing) {
    return { skipped: true, message: `skipped: ${missing}`, articles: 0, goldSpans: 0, predictedSpans: 0, si: EMPTY, tc: { microF1: 0, spans: 0, perTechnique: {} }, msPerArticle: 0, metrics: {}, regressions: [] };
  }
  const analyzer = createAnalyzer(options.model);
  const segmentDoc = segment.create();
  const articles = loadPtc(['heldout']);
  let counts: SiCounts = ZERO_COUNTS;
  let predictedSpans = 0;
  let correct = 0;
  let total = 0;
  let ms = 0;
  const perTechnique: Result['tc']['perTechnique'] = {};
  for (const article of articles) {
    const doc = segmentDoc(createDoc({ text: article.text, source: { name: `article${article.id}.txt` } }));
    const t0 = performance.now();
    const predicted = analyzer.predict(doc);
    ms += performance.now() - t0;
    predictedSpans += predicted.length;
    counts = addCounts(counts, siCounts(predicted, article.spans));
    // TC: the gold spans, grouped where one span carries several techniques (predict as many, best first).
    const d = docTokens(doc, analyzer.cues);
    const positions = positionsOf(d);
    const groups = new Map<string, string[]>();
    for (const g of article.spans) {
      const key = `${g.start}:${g.end}`;
      groups.set(key, [...(groups.get(key) ?? []), g.technique]);
    }
    for (const [key, gold] of groups) {
      const [start, end] = key.split(':').map(Number);
      let a = d.toks.findIndex((t) => t.end > start);
      let b = a;
      while (b < d.toks.length && d.toks[b].start < end) b++;
      if (a < 0 || b <= a) [a, b] = [0, Math.min(1, d.toks.length)];
      const { probs } = analyzer.model.classify(d, a, b, positions);
      const classes = analyzer.model.file.classifier.classes;
      const ranked = [...probs.keys()].sort((x, y) => probs[y] - probs[x]).slice(0, gold.length).map((k) => classes[k]);
      const ok = tcCorrect(gold, ranked);
      correct += ok;
      total += gold.length;
      for (const g of gold) {
        const row = (perTechnique[g] ??= { gold: 0, correct: 0 });
        row.gold++;
        if (ranked.includes(g)) row.correct++;
      }
    }
  }
  const si = siScore(counts);
  const tcF1 = total ? correct / total : 0;
  const metrics: Record<string, number> = { siPrecision: si.precision, siRecall: si.recall, siF1: si.f1, tcMicroF1: tcF1 };
  return {
    skipped: false,
    message: `${articles.length} held-out PTC train articles`,
    articles: articles.length,
    goldSpans: counts.gold,
    predictedSpans,
    si,
    tc: { microF1: tcF1, spans: total, perTechnique },
    msPerArticle: articles.length ? ms / articles.length : 0,
    metrics,
    regressions: regressions('techniques', metrics),
  };
}

export function print(result: Result, log: (line: string) => void = console.log): void {
  const f = (x: number): string => x.toFixed(4);
  if (result.skipped) {
    log(`techniques: ${result.message}`);
    return;
  }
  log(`techniques — PTC (SemEval-2020 Task 11), ${result.articles} held-out train articles`);
  log('  protocol: train → held-out. The published dev gold is not in ../shared/datasets/techniques/ptc (only train was copied), so');
  log('  ~20% of the train articles (FNV-1a of the article id mod 10 in {0, 1}, src/models/techniques/ptc.ts) stand in for dev: never');
  log('  trained on, never tuned on. The model is fitted on the other 301; its span-selection settings (Viterbi threshold and cost of');
  log('  opening a span, sentence thresholds, per-technique widening of spans to their clause or sentence, floors for exclamations and');
  log('  questions) are chosen on their 4-fold out-of-fold predictions.');
  log(`  span identification (official partial overlap): P ${f(result.si.precision)}  R ${f(result.si.recall)}  F1 ${f(result.si.f1)}  (${result.predictedSpans} predicted, ${result.goldSpans} gold after merging)`);
  log(`  technique classification on gold spans: micro-F1 ${f(result.tc.microF1)} (${result.tc.spans} spans)`);
  for (const [t, v] of Object.entries(result.tc.perTechnique).sort((x, y) => y[1].gold - x[1].gold)) {
    log(`    ${t.padEnd(36)} ${String(v.correct).padStart(4)}/${String(v.gold).padEnd(4)} ${f(v.gold ? v.correct / v.gold : 0)}`);
  }
  log(`  ${result.msPerArticle.toFixed(2)} ms per article (model only)`);
  log('  published (test set): best SI F1 0.51, best TC micro-F1 0.62; 8th team 0.44 / 0.57');
  if (result.regressions.length) log(`  REGRESSIONS: ${result.regressions.join('; ')}`);
}
