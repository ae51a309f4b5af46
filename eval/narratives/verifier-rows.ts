// The narrative verifier's data (src/stages/narratives/verifier-model.ts): one row per candidate (article, narrative)
// the stage met at the candidate floor, with its features, the rules' decision and whether the article is labelled
// with the narrative. Shared by the eval (leave one writer out) and scripts/train-narrative-model.ts (the shipped
// model), so both learn from the same rows, with the same real-news negatives.
import { existsSync, readFileSync } from 'node:fs';
import type { NarrativeCandidate } from '../../src/stages/narratives/narratives.js';
import { mayKeep, verifierFeatureNames } from '../../src/stages/narratives/verifier-features.js';
import { CANDIDATE_FLOOR, trainVerifierModel, verifierProbability, VERIFIER_TRAINING, type VerifierModel } from '../../src/stages/narratives/verifier-model.js';
import { writerOf, type Article, type Split } from './set.js';

export interface VerifierRow {
  article: string;
  split: Split;
  narrative: string;
  x: number[];
  rules: boolean;
  /** The article is labelled with the narrative. */
  carried: boolean;
}

/** A candidate of a real news article (eval/narratives/real-articles.ts): taken as not carried. */
export interface RealRow {
  article: string;
  narrative: string;
  x: number[];
  rules: boolean;
}

export function verifierRows(a: Article, candidates: readonly NarrativeCandidate[]): VerifierRow[] {
  const labelled = new Set(a.labels.map((l) => l.narrative));
  return candidates.map((c) => ({ article: a.id, split: a.split, narrative: c.id, x: c.x, rules: c.rules, carried: labelled.has(c.id) }));
}

/**
 * The real-news candidates, made by scripts/train-narrative-model.ts (running the stage over 1,295 articles takes
 * minutes, too long for each eval): null where the file is absent or was made for other features or another floor.
 */
export const REAL_ROWS_FILE = new URL('./real-candidates.json', import.meta.url);
export function loadRealRows(): RealRow[] | null {
  if (!existsSync(REAL_ROWS_FILE)) return null;
  const file = JSON.parse(readFileSync(REAL_ROWS_FILE, 'utf8')) as { features: string[]; floor: number; rows: RealRow[] };
  const names = verifierFeatureNames();
  if (file.floor !== CANDIDATE_FLOOR || file.features.length !== names.length || file.features.some((f, i) => f !== names[i])) return null;
  return file.rows;
}

/** Training rows: the labelled candidates and the real-news ones as negatives. */
export const trainingRows = (rows: readonly VerifierRow[], real: readonly RealRow[]) => [...rows.map((r) => ({ x: r.x, carried: r.carried })), ...real.map((r) => ({ x: r.x, carried: false }))];

/**
 * Each writer's candidates judged by a model trained on every other writer's (set.ts writerOf: a writer's blind set
 * and own-catalogue set go together) and on all real-news negatives, so no decision comes from a model that saw its
 * writer. Learned from every candidate; kept where the stage may keep it (verifier-features.ts mayKeep) and P reaches
 * the threshold. Returns article → narratives kept, and each candidate's probability (article\0narrative → P).
 */
export function verifierLeaveOneWriterOut(rows: readonly VerifierRow[], real: readonly RealRow[], settings = VERIFIER_TRAINING): { kept: Map<string, Set<string>>; p: Map<string, number> } {
  const kept = new Map<string, Set<string>>();
  const p = new Map<string, number>();
  for (const writer of new Set(rows.map((r) => writerOf(r.split)))) {
    const model: VerifierModel = trainVerifierModel(trainingRows(rows.filter((r) => writerOf(r.split) !== writer), real), settings);
    for (const r of rows) {
      if (writerOf(r.split) !== writer) continue;
      const prob = verifierProbability(model, r.x);
      p.set(`${r.article}\u0000${r.narrative}`, prob);
      if (!kept.has(r.article)) kept.set(r.article, new Set());
      if (mayKeep(r.x) && prob >= model.threshold) kept.get(r.article)!.add(r.narrative);
    }
  }
  return { kept, p };
}
