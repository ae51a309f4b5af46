// The check-worthiness model: a logistic regression over hashed sentence features, stored sparsely in JSON, and
// the ranking of a whole transcript (each line in its turn's context, then smoothed with its neighbours).
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import { transcriptContexts, type Line, type LineContext } from './context.js';
import { ALL_GROUPS, FEATURE_VERSION, featureIndices, type FeatureGroups } from './features.js';

/** The file written by scripts/train-checkworthiness.ts. Indices are delta-encoded (ascending) to keep it small. */
export interface CheckworthinessModelFile {
  name: 'checkworthiness';
  featureVersion: number;
  bits: number;
  bias: number;
  /** Feature groups the weights were trained with (absent in hand-made files: all). */
  groups?: FeatureGroups;
  /** Weight of the neighbours' mean score when a transcript is ranked (0: none). */
  neighbour?: number;
  /** What the scores mean at a glance: the training date, data, held-out metrics (the card has the rest). */
  trained: Record<string, string | number>;
  indices: number[];
  weights: number[];
}

export interface CheckworthinessModel {
  /** Check-worthiness of one sentence, in [0, 1]; the context (turn, neighbours) where it is known. */
  score(text: string, context?: LineContext): number;
  /** Scores of every line of a transcript, in order, for ranking (each in context, smoothed by its neighbours). */
  rankTranscript(lines: readonly Line[]): number[];
}

export const MODEL_FILE = new URL('./data/model.json', import.meta.url);

/** Adds `weight` × the mean of each score's neighbours: check-worthy lines come in runs. Scores stay in [0, 1]. */
export function smoothWithNeighbours(scores: readonly number[], weight: number): number[] {
  if (!weight) return [...scores];
  return scores.map((s, i) => {
    const around = [scores[i - 1], scores[i + 1]].filter((x): x is number => x !== undefined);
    const mean = around.length ? around.reduce((a, b) => a + b, 0) / around.length : 0;
    return (s + weight * mean) / (1 + weight);
  });
}

/** Builds a scorer from a model file's contents (dense table: one lookup per feature). */
export function createModel(file: CheckworthinessModelFile): CheckworthinessModel {
  const table = new Float32Array(1 << file.bits);
  let index = 0;
  for (let i = 0; i < file.indices.length; i++) {
    index += file.indices[i];
    table[index] = file.weights[i];
  }
  const { bits, bias } = file;
  const groups = file.groups ?? ALL_GROUPS;
  const score = (text: string, context?: LineContext): number => {
    let z = bias;
    for (const i of featureIndices(text, bits, groups, context)) z += table[i];
    return 1 / (1 + Math.exp(-z));
  };
  return {
    score,
    rankTranscript(lines) {
      const contexts = transcriptContexts(lines);
      return smoothWithNeighbours(lines.map((l, i) => score(l.text, contexts[i])), file.neighbour ?? 0);
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
