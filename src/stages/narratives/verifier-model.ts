// The narrative verifier: gradient-boosted stumps that say, for each candidate (article, narrative) the stage found
// at a floor under the rules' (CANDIDATE_FLOOR), how likely the article carries it; the stage keeps those at or above
// the model's threshold. It reads verifier-features.ts (no narrative ids, no words), so it learns how matches look,
// not which narratives the eval writers wrote. Trained by scripts/train-narrative-model.ts on the labelled eval
// articles and, as negatives, the real news of eval/narratives/real-articles.ts; shipped as data/narrative-model.json.
import { modelLoader } from './model-file.js';
import { verifierFeatureNames } from './verifier-features.js';

/**
 * The least score of a candidate (similar.ts lineScore: 0.4 is a cosine of 0.34 where the sentence floor is 0.45).
 * Chosen leave one writer out on eval/narratives (README): lower floors bring few more labelled narratives and many
 * more false candidates.
 */
export const CANDIDATE_FLOOR = 0.4;

/** One stump: feature `feature` at or under `cut` adds `left` to the log-odds, over it `right`. */
export interface Stump {
  feature: number;
  cut: number;
  left: number;
  right: number;
}

/** A trained model: gradient-boosted stumps on the log-odds, and the probability a candidate needs to be kept. */
export interface VerifierModel {
  features: string[];
  /** The candidate floor it was trained at (CANDIDATE_FLOOR then). */
  floor: number;
  base: number;
  stumps: Stump[];
  threshold: number;
  /** How it was made: the script, the data, the settings and the figures it printed. */
  trained: Record<string, unknown>;
}

/** The probability that the article carries the candidate narrative. */
export function verifierProbability(model: VerifierModel, x: readonly number[]): number {
  let z = model.base;
  for (const s of model.stumps) z += x[s.feature] <= s.cut ? s.left : s.right;
  return 1 / (1 + Math.exp(-z));
}

export const NARRATIVE_MODEL_FILE = new URL('./data/narrative-model.json', import.meta.url);

/** The shipped model (data/narrative-model.json); null where the file is absent (the rules' decision then stands). */
export const loadVerifierModel = modelLoader<VerifierModel>(NARRATIVE_MODEL_FILE, checkVerifierModel);

/** A model file made for other features or another candidate floor is refused with the command that remakes it. */
export function checkVerifierModel(model: VerifierModel, where: string): VerifierModel {
  const names = verifierFeatureNames();
  const same = Array.isArray(model.features) && model.features.length === names.length && model.features.every((f, i) => f === names[i]);
  const stumps = Array.isArray(model.stumps) && model.stumps.every((s) => Number.isInteger(s.feature) && s.feature >= 0 && s.feature < names.length && [s.cut, s.left, s.right].every(Number.isFinite));
  if (!same || !stumps || !Number.isFinite(model.base) || model.floor !== CANDIDATE_FLOOR || !(model.threshold > 0 && model.threshold < 1)) {
    throw new Error(`${where}: the narrative model was trained on other features or another candidate floor than this version reads; retrain it with \`npx tsx scripts/train-narrative-model.ts\`.`);
  }
  return model;
}

/**
 * Settings of the training, chosen leave one writer out on eval/narratives with the real-news negatives (README:
 * a logistic regression on the same features, with and without products with the rules' decision, reached 0.900 to
 * 0.906 narrative-only F1; these stumps 0.908 to 0.911 for thresholds 0.3 to 0.4 and 50 to 400 rounds).
 * `bins`: the cuts tried per feature (quantiles); `lambda`: the leaves' l2.
 */
export const VERIFIER_TRAINING = { rounds: 100, rate: 0.3, bins: 16, lambda: 1, threshold: 0.35 };

/** Gradient boosting of stumps on the logistic loss, each split chosen on per-bin sums of the gradient and hessian. */
export function trainVerifierModel(rows: readonly { x: readonly number[]; carried: boolean }[], settings = VERIFIER_TRAINING, trained: Record<string, unknown> = {}): VerifierModel {
  const names = verifierFeatureNames();
  const d = names.length;
  const n = rows.length;
  // The cuts of each feature: midpoints between distinct values, about `bins` of them at quantiles.
  const cuts: number[][] = [];
  for (let i = 0; i < d; i++) {
    const values = [...new Set(rows.map((r) => r.x[i]))].sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(values.length / settings.bins));
    const list: number[] = [];
    for (let j = step; j < values.length; j += step) list.push((values[j - 1] + values[j]) / 2);
    cuts.push(list);
  }
  // Each row's bin per feature: the number of cuts under its value (so "value <= cuts[b]" is "bin <= b").
  const bin = rows.map((r) => cuts.map((list, i) => list.filter((c) => r.x[i] > c).length));
  const positives = rows.filter((r) => r.carried).length;
  const base = Math.log(Math.max(1, positives) / Math.max(1, n - positives));
  const z = new Array<number>(n).fill(base);
  const stumps: Stump[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const g = new Array<number>(n);
    const h = new Array<number>(n);
    let gAll = 0;
    let hAll = 0;
    for (let r = 0; r < n; r++) {
      const p = 1 / (1 + Math.exp(-z[r]));
      g[r] = (rows[r].carried ? 1 : 0) - p;
      h[r] = p * (1 - p);
      gAll += g[r];
      hAll += h[r];
    }
    let best = { gain: -Infinity, feature: 0, cut: 0, left: 0, right: 0 };
    for (let i = 0; i < d; i++) {
      const list = cuts[i];
      if (!list.length) continue;
      const gBin = new Array<number>(list.length + 1).fill(0);
      const hBin = new Array<number>(list.length + 1).fill(0);
      for (let r = 0; r < n; r++) {
        gBin[bin[r][i]] += g[r];
        hBin[bin[r][i]] += h[r];
      }
      let gLeft = 0;
      let hLeft = 0;
      for (let b = 0; b < list.length; b++) {
        gLeft += gBin[b];
        hLeft += hBin[b];
        const gRight = gAll - gLeft;
        const hRight = hAll - hLeft;
        const gain = (gLeft * gLeft) / (hLeft + settings.lambda) + (gRight * gRight) / (hRight + settings.lambda);
        if (gain > best.gain) best = { gain, feature: i, cut: list[b], left: gLeft / (hLeft + settings.lambda), right: gRight / (hRight + settings.lambda) };
      }
    }
    const stump = { feature: best.feature, cut: best.cut, left: best.left * settings.rate, right: best.right * settings.rate };
    stumps.push(stump);
    for (let r = 0; r < n; r++) z[r] += rows[r].x[stump.feature] <= stump.cut ? stump.left : stump.right;
  }
  return { features: names, floor: CANDIDATE_FLOOR, base, stumps, threshold: settings.threshold, trained: { ...trained, settings } };
}
