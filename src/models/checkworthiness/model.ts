// The check-worthiness model: logistic regressions over hashed sentence features (their logits mixed), stored
// sparsely in JSON, and the ranking of a whole transcript (each line in its turn's context, then smoothed with its neighbours).
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import { transcriptContexts, type Line, type LineContext } from './context.js';
import { projectedScoreOfRows, projectWeights } from './sentence-vector.js';
import { loadWordVectors } from '../word-vectors/index.js';
import { smoothByTopic } from './topics.js';
import { inputMismatch } from './inputs.js';
import { createMemory, mixWithMemory, type ClaimMemoryFile } from './memory.js';
import { ALL_GROUPS, FEATURE_VERSION, featureIndices, type FeatureGroups } from './features.js';

/**
 * One logistic regression over 2^bits hashed weights, stored either sparsely (indices delta-encoded, ascending, and
 * their weights: hand-made files, tests) or densely (`dense`: base64 of 2^bits little-endian int16, weight = value /
 * `scale`: half the size of the sparse JSON once more than half the buckets are used, as trained models do).
 */
export interface CheckworthinessMember {
  bits: number;
  bias: number;
  /** Feature groups the weights were trained with (absent in hand-made files: all). */
  groups?: FeatureGroups;
  indices?: number[];
  weights?: number[];
  dense?: string;
  scale?: number;
  /** Weights over the sentence's mean word vector (groups.vectors). */
  vector?: number[];
}

/** The file written by scripts/train-checkworthiness.ts: a member, and optionally others whose logits are mixed in. */
export interface CheckworthinessModelFile extends CheckworthinessMember {
  name: 'checkworthiness';
  featureVersion: number;
  /** Further members (e.g. one with character n-grams): the score is the sigmoid of (1 − Σ weight) × this file's
   * logit + Σ weight × each member's logit. */
  members?: { weight: number; model: CheckworthinessMember }[];
  /** Weight of the neighbours' mean score when a transcript is ranked (0: none). */
  neighbour?: number;
  /** Likeness to the check-worthy debate lines trained on, mixed in first when a transcript is ranked (memory.ts;
   * absent: none). */
  memory?: ClaimMemoryFile;
  /** Topic support mixed in before the neighbours (topics.ts; absent: none). */
  topic?: { weight: number; maxShare: number };
  /** Fingerprints of the other files the features read (inputs.ts), checked when the shipped file is loaded. */
  inputs?: Record<string, string>;
  /** What the scores mean at a glance: the training date, data, held-out metrics (the card has the rest). */
  trained: Record<string, string | number>;
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

/** A member's logit function (dense table: one lookup per feature). */
function memberLogit(member: CheckworthinessMember): (text: string, context?: LineContext) => number {
  const table = memberTable(member);
  const { bits, bias } = member;
  const groups = member.groups ?? ALL_GROUPS;
  const vectors = loadWordVectors();
  const projected = groups.vectors && member.vector ? projectWeights(member.vector, vectors) : null;
  return (text, context) => {
    let z = bias;
    const rows: number[] | undefined = projected ? [] : undefined;
    for (const i of featureIndices(text, bits, groups, context, rows)) z += table[i];
    if (projected && rows) z += projectedScoreOfRows(rows, projected);
    return z;
  };
}

/** A member's weights as one dense table. */
export function memberTable(member: CheckworthinessMember): Float32Array {
  const table = new Float32Array(1 << member.bits);
  if (member.dense !== undefined) {
    const bytes = Buffer.from(member.dense, 'base64');
    if (bytes.length !== table.length * 2 || !member.scale) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: 'checkworthiness model', detail: `dense weights: ${bytes.length} bytes for 2^${member.bits} int16, scale ${member.scale}` });
    for (let i = 0; i < table.length; i++) table[i] = bytes.readInt16LE(i * 2) / member.scale;
    return table;
  }
  const { indices = [], weights = [] } = member;
  let index = 0;
  for (let i = 0; i < indices.length; i++) {
    index += indices[i];
    table[index] = weights[i];
  }
  return table;
}

/** The dense form of a member (int16 at the largest scale its weights allow): what the training script writes. */
export function packMember(member: CheckworthinessMember): CheckworthinessMember {
  const table = memberTable(member);
  let most = 0;
  for (const w of table) most = Math.max(most, Math.abs(w));
  const scale = Math.floor(32767 / Math.max(most, 1e-6));
  const bytes = Buffer.alloc(table.length * 2);
  table.forEach((w, i) => bytes.writeInt16LE(Math.round(w * scale), i * 2));
  return { bits: member.bits, bias: member.bias, ...(member.groups ? { groups: member.groups } : {}), scale, dense: bytes.toString('base64'), ...(member.vector ? { vector: member.vector } : {}) };
}

/** Builds a scorer from a model file's contents. */
export function createModel(file: CheckworthinessModelFile): CheckworthinessModel {
  const others = (file.members ?? []).map((m) => ({ weight: m.weight, logit: memberLogit(m.model) }));
  const own = memberLogit(file);
  const ownWeight = 1 - others.reduce((sum, m) => sum + m.weight, 0);
  const score = (text: string, context?: LineContext): number => {
    let z = ownWeight * own(text, context);
    for (const m of others) z += m.weight * m.logit(text, context);
    return 1 / (1 + Math.exp(-z));
  };
  const memory = file.memory ? { similarity: createMemory(file.memory), weight: file.memory.weight } : null;
  return {
    score,
    rankTranscript(lines) {
      const contexts = transcriptContexts(lines);
      const scored = lines.map((l, i) => score(l.text, contexts[i]));
      const own = memory ? mixWithMemory(scored, lines.map((l) => memory.similarity(l.text)), memory.weight) : scored;
      const topical = file.topic ? smoothByTopic(lines.map((l) => l.text), own, file.topic.weight, file.topic.maxShare) : own;
      return smoothWithNeighbours(topical, file.neighbour ?? 0);
    },
  };
}

function memoryOk(m: ClaimMemoryFile): boolean {
  return typeof m.weight === 'number' && typeof m.unknownIdf === 'number' && Array.isArray(m.terms) && Array.isArray(m.idf)
    && m.terms.length === m.idf.length && Array.isArray(m.lines)
    && m.lines.every((l) => Array.isArray(l) && l.every((k) => Number.isInteger(k) && k >= 0 && k < m.terms.length));
}

/** Reads and checks the trained model shipped in the repository. */
export function loadCheckworthinessModel(url: URL = MODEL_FILE): CheckworthinessModel {
  let file: CheckworthinessModelFile;
  try {
    file = JSON.parse(readFileSync(url, 'utf8')) as CheckworthinessModelFile;
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: `${(error as Error).message}; run \`npm run train -- checkworthiness\`` }, { cause: error });
  }
  const memberOk = (m: CheckworthinessMember) => Number.isInteger(m.bits) && m.bits > 0 && m.bits <= 24
    && (typeof m.dense === 'string' ? typeof m.scale === 'number' && m.scale > 0
      : Array.isArray(m.indices) && Array.isArray(m.weights) && m.indices.length === m.weights.length);
  const ok = file.name === 'checkworthiness' && memberOk(file)
    && (file.memory === undefined || memoryOk(file.memory))
    && (file.topic === undefined || (typeof file.topic.weight === 'number' && typeof file.topic.maxShare === 'number'))
    && (file.vector === undefined || (Array.isArray(file.vector) && file.vector.every((x) => typeof x === 'number')))
    && (file.members === undefined || (Array.isArray(file.members) && file.members.every((m) => typeof m.weight === 'number' && memberOk(m.model))));
  if (!ok) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: 'not a check-worthiness model (name, bits, indices and weights or dense and scale, members)' });
  if (file.featureVersion !== FEATURE_VERSION) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: `features v${file.featureVersion}, code v${FEATURE_VERSION}: retrain` });
  }
  const mismatch = file.inputs ? inputMismatch(file.inputs) : '';
  if (mismatch) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: `the word vectors or clusters changed since training (${mismatch}): retrain with \`npm run train -- checkworthiness\`` });
  return createModel(file);
}
