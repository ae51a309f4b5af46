// The check-worthiness model: a logistic regression over hashed sentence features, stored sparsely in JSON.
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import { FEATURE_VERSION, featureIndices } from './features.js';

/** The file written by scripts/train-checkworthiness.ts. Indices are delta-encoded (ascending) to keep it small. */
export interface CheckworthinessModelFile {
  name: 'checkworthiness';
  featureVersion: number;
  bits: number;
  bias: number;
  /** What the scores mean at a glance: the training date, data, held-out metrics (the card has the rest). */
  trained: Record<string, string | number>;
  indices: number[];
  weights: number[];
}

export interface CheckworthinessModel {
  /** Check-worthiness of one sentence, in [0, 1]. */
  score(text: string): number;
}

export const MODEL_FILE = new URL('./data/model.json', import.meta.url);

/** Builds a scorer from a model file's contents (dense table: one lookup per feature). */
export function createModel(file: CheckworthinessModelFile): CheckworthinessModel {
  const table = new Float32Array(1 << file.bits);
  let index = 0;
  for (let i = 0; i < file.indices.length; i++) {
    index += file.indices[i];
    table[index] = file.weights[i];
  }
  const { bits, bias } = file;
  return {
    score(text: string): number {
      let z = bias;
      for (const i of featureIndices(text, bits)) z += table[i];
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/** Reads and checks the trained model shipped in the repository. */
export function loadCheckworthinessModel(url: URL = MODEL_FILE): CheckworthinessModel {
  let file: CheckworthinessModelFile;
  try {
    file = JSON.parse(readFileSync(url, 'utf8')) as CheckworthinessModelFile;
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: `${(error as Error).message}; run \`npm run train -- checkworthiness\`` }, { cause: error });
  }
  const ok = file.name === 'checkworthiness' && Number.isInteger(file.bits) && file.bits > 0 && file.bits <= 24
    && Array.isArray(file.indices) && Array.isArray(file.weights) && file.indices.length === file.weights.length;
  if (!ok) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: 'not a check-worthiness model (name, bits, indices, weights)' });
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: `features v${file.featureVersion}, code v${FEATURE_VERSION}: retrain` });
  }
  return createModel(file);
}
