// The learned article stance's data (src/stages/narratives/stance-model.ts): one row per article and narrative the
// stage found, with the features the model reads and the labelled stance where the article is labelled with it.
// Shared by the eval (leave one writer's split out) and scripts/train-stance-model.ts (the shipped model).
import type { Doc, NarrativeStance, Span } from '../../src/core/types.js';
import type { NarrativeKnowledge } from '../../src/stages/narratives/compile.js';
import { docFeatures } from '../../src/stages/narratives/doc-features.js';
import { isDenial } from '../../src/stages/narratives/patterns.js';
import { predictStance, stanceFeatures, trainStanceModel, type StanceModel } from '../../src/stages/narratives/stance-model.js';
import { writerOf, type Article, type Split } from './set.js';

export interface StanceRow {
  article: string;
  split: Split;
  narrative: string;
  x: number[];
  /** The labelled stance; null where the article is not labelled with the narrative (a false match). */
  gold: NarrativeStance | null;
}

/** The rows of one analysed article: its narratives as the stage found them, their evidence whatever its stance. */
export function stanceRows(a: Article, doc: Doc, k: NarrativeKnowledge): StanceRow[] {
  const language = doc.meta.language ?? 'en';
  const { reading, ranges } = docFeatures(doc, language, k, true);
  const input = { reading, ranges, sentences: doc.layers.sentences ?? [], quotes: doc.layers.quotes ?? [], entities: doc.layers.entities, language };
  const evidence = new Map<string, Span[]>();
  for (const m of doc.layers.narratives ?? []) evidence.set(m.id, [...(evidence.get(m.id) ?? []), ...m.evidence]);
  return [...evidence].map(([id, spans]) => {
    const n = k.compiled.narratives.findIndex((x) => x.id === id);
    return { article: a.id, split: a.split, narrative: id, x: stanceFeatures(input, spans, isDenial(k.compiled, n)), gold: a.labels.find((l) => l.narrative === id)?.stance ?? null };
  });
}

/** Labelled rows only: what a model learns from. */
export const labelled = (rows: readonly StanceRow[]) => rows.flatMap((r) => (r.gold ? [{ x: r.x, stance: r.gold }] : []));

/**
 * Each writer's rows predicted by a model trained on every other writer's labelled rows (set.ts writerOf: a writer's
 * blind set and own-catalogue set go together), so no stance is read by a model that saw its writer. `trainOn`: the
 * rows learned from (the eval: those the rules keep, as scripts/train-stance-model.ts reads them); every row is predicted.
 * Returns article → narrative → stance.
 */
export function leaveOneWriterOut(rows: readonly StanceRow[], trainOn: (r: StanceRow) => boolean = () => true): Map<string, Map<string, NarrativeStance>> {
  const out = new Map<string, Map<string, NarrativeStance>>();
  for (const writer of new Set(rows.map((r) => writerOf(r.split)))) {
    const model: StanceModel = trainStanceModel(labelled(rows.filter((r) => writerOf(r.split) !== writer && trainOn(r))));
    for (const r of rows) {
      if (writerOf(r.split) !== writer) continue;
      let m = out.get(r.article);
      if (!m) out.set(r.article, (m = new Map()));
      m.set(r.narrative, predictStance(model, r.x));
    }
  }
  return out;
}
