// The narrative verifier: a logistic regression that says, for each candidate (article, narrative) the stage found
// at a floor under the rules' (CANDIDATE_FLOOR), how likely the article carries it; the stage keeps those at or above
// the model's threshold. It reads verifier-features.ts (no narrative ids, no words), so it learns how matches look,
// not which narratives the eval writers wrote. Trained by scripts/train-narrative-model.ts on the labelled eval
// articles and, as negatives, the real news of eval/narratives/real-articles.ts; shipped as data/narrative-model.json.
import { readFileSync } from 'node:fs';
import { verifierFeatureNames } from './verifier-features.js';

/**
 * The least score of a candidate (similar.ts lineScore: 0.4 is a cosine of 0.34 where the sentence floor is 0.45).
 * Chosen leave one writer out on eval/narratives (README): lower floors bring few more labelled narratives and many
 * more false candidates.
 */
export const CANDIDATE_FLOOR = 0.4;

/** A trained model: standardisation, one weight per feature, the probability a candidate needs to be kept. */
export interface VerifierModel {
  features: string[];
  /** The candidate floor it was trained at (CANDIDATE_FLOOR then). */
  floor: number;
  mean: number[];
  scale: number[];
  weights: number[];
  threshold: number;
  /** How it was made: the script, the data, the settings and the figures it printed. */
  trained: Record<string, unknown>;
}

/** The probability that the article carries the candidate narrative. */
export function verifierProbability(model: VerifierModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) {
    const v = (x[i] - model.mean[i]) / model.scale[i];
    if (!Number.isFinite(v)) throw new Error(`narrative model: feature ${model.features[i]} reads ${x[i]} (scale ${model.scale[i]}); retrain with \`npx tsx scripts/train-narrative-model.ts\`.`);
    z += v * model.weights[i];
  }
  return 1 / (1 + Math.exp(-z));
}

export const NARRATIVE_MODEL_FILE = new URL('./data/narrative-model.json', import.meta.url);
let shipped: VerifierModel | null | undefined;

/** The shipped model (data/narrative-model.json); null where the file is absent (the rules' decision then stands). */
export function loadVerifierModel(file: URL | string = NARRATIVE_MODEL_FILE): VerifierModel | null {
  const isDefault = file === NARRATIVE_MODEL_FILE;
  if (isDefault && shipped !== undefined) return shipped;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && isDefault) return (shipped = null);
    throw error;
  }
  const model = checkVerifierModel(JSON.parse(text) as VerifierModel, String(file));
  if (isDefault) shipped = model;
  return model;
}

/** A model file made for other features or another candidate floor is refused with the command that remakes it. */
export function checkVerifierModel(model: VerifierModel, where: string): VerifierModel {
  const names = verifierFeatureNames();
  const same = Array.isArray(model.features) && model.features.length === names.length && model.features.every((f, i) => f === names[i]);
  const sized = [model.weights, model.mean, model.scale].every((a) => Array.isArray(a) && a.length === names.length);
  if (!same || !sized || model.floor !== CANDIDATE_FLOOR || !(model.threshold > 0 && model.threshold < 1)) {
    throw new Error(`${where}: the narrative model was trained on other features or another candidate floor than this version reads; retrain it with \`npx tsx scripts/train-narrative-model.ts\`.`);
  }
  return model;
}

/**
 * Settings of the training. l2 and the threshold chosen leave one writer out on eval/narratives (README); negatives
 * weigh `negativeWeight` each, real news included. The steps and rate were not tuned (the loss is convex).
 */
export const VERIFIER_TRAINING = { l2: 1, iterations: 400, rate: 0.5, threshold: 0.5 };

/** Binary logistic regression by full-batch gradient descent on standardised features. */
export function trainVerifierModel(rows: readonly { x: readonly number[]; carried: boolean }[], settings = VERIFIER_TRAINING, trained: Record<string, unknown> = {}): VerifierModel {
  const names = verifierFeatureNames();
  const d = names.length;
  const n = rows.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const r of rows) for (let i = 0; i < d; i++) mean[i] += r.x[i] / n;
  for (const r of rows) for (let i = 0; i < d; i++) scale[i] += (r.x[i] - mean[i]) ** 2 / n;
  // A feature constant in training keeps scale 1: its weight stays 0. The bias stays a constant 1.
  for (let i = 0; i < d; i++) scale[i] = Math.sqrt(scale[i]) > 1e-6 ? Math.sqrt(scale[i]) : 1;
  mean[0] = 0;
  scale[0] = 1;
  const xs = rows.map((r) => r.x.map((v, i) => (v - mean[i]) / scale[i]));
  const w = new Array<number>(d).fill(0);
  const grad = new Array<number>(d).fill(0);
  for (let it = 0; it < settings.iterations; it++) {
    grad.fill(0);
    for (let r = 0; r < n; r++) {
      const x = xs[r];
      let z = 0;
      for (let i = 0; i < d; i++) z += x[i] * w[i];
      const diff = 1 / (1 + Math.exp(-z)) - (rows[r].carried ? 1 : 0);
      for (let i = 0; i < d; i++) grad[i] += x[i] * diff;
    }
    for (let i = 0; i < d; i++) w[i] -= (settings.rate * (grad[i] + settings.l2 * w[i])) / n;
  }
  return { features: names, floor: CANDIDATE_FLOOR, mean, scale, weights: w, threshold: settings.threshold, trained: { ...trained, settings } };
}
