import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { CaseMatch, Doc } from '../../core/types.js';
import { loadCases, type CaseRecord } from '../../knowledge/narratives/cases.js';
import { buildKnowledge, type NarrativeKnowledge } from '../narratives/index.js';
import { docFeatures } from '../narratives/doc-features.js';
import { mergeFeatures } from '../narratives/features.js';
import type { CompiledCatalogue } from '../narratives/patterns.js';
import { matchUnit } from '../narratives/score.js';
import { diskCached } from '../narratives/compiled-cache.js';
import { compileCases } from './compile.js';

export interface CasesOptions {
  /** How many cases to report at most (default 5). */
  max?: number;
  /** Least score of a reported case, in [0, 1] (default 0.6: a shared claim frame, or a close frameless match). */
  minScore?: number;
}

export const DEFAULT_MAX_CASES = 5;
export const DEFAULT_MIN_CASE_SCORE = 0.6;

interface Shared {
  knowledge: NarrativeKnowledge;
  records: CaseRecord[];
  compiled: CompiledCatalogue;
}

let shared: Shared | null = null;

/**
 * The EUvsDisinfo cases the article echoes ("this echoes case X of 2020-07-10"): each sentence is compared with
 * every case title, as with a narrative's examples (claim frames on canonical ids in any language, topic concepts,
 * English words); the whole document is compared at once, so a case scores what the article says anywhere.
 */
export const cases = defineStage<CasesOptions | undefined>({
  name: 'cases',
  requires: ['sentences', 'entities', 'language'],
  assigns: ['cases'],
  create(options) {
    const max = options?.max ?? DEFAULT_MAX_CASES;
    const minScore = options?.minScore ?? DEFAULT_MIN_CASE_SCORE;
    if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`cases: minScore must be in [0, 1], got ${minScore}`);
    // The case list is the same for every pipeline: compiled once per process, with the knowledge the default
    // narratives stage builds (the same object: buildKnowledge keeps what it built).
    if (!shared) {
      const knowledge = buildKnowledge({});
      const records = loadCases();
      // Compiled from the case file and the knowledge, both in the code tree that keys the disk cache.
      const compiled = diskCached('cases', () => compileCases(records, knowledge), (c) => Array.isArray(c.patterns) && c.patterns.length === records.length);
      shared = { knowledge, records, compiled };
    }
    const s = shared;
    return function findCases(doc: Doc): Doc {
      return withLayers(doc, { cases: matchCases(doc, s, max, minScore) });
    };
  },
});

function matchCases(doc: Doc, s: Shared, max: number, minScore: number): CaseMatch[] {
  const language = doc.meta.language ?? 'en';
  // The document as one bag of frames, concepts and words: each case is scored once (there are 10,892).
  const { sentences } = docFeatures(doc, language, s.knowledge, true);
  // A case is one short claim: one topic concept it shares (biolabs) is enough, with its actors (cover counts).
  const scored = matchUnit(mergeFeatures(sentences), language, s.compiled, s.knowledge.lexicon.concepts, 1).filter((m) => m.score >= minScore);
  // Equal scores: the newer case first (the catalogue's wording of the claim as it travels now). A title the
  // list holds twice (the same claim on two dates) is shown once.
  scored.sort((a, b) => b.score - a.score || (s.records[b.narrative].date ?? '').localeCompare(s.records[a.narrative].date ?? ''));
  const seen = new Set<string>();
  const out: CaseMatch[] = [];
  for (const m of scored) {
    const r = s.records[m.narrative];
    if (seen.has(r.title)) continue;
    seen.add(r.title);
    out.push({ id: r.id, title: r.title, score: m.score, date: r.date, url: r.url });
    if (out.length === max) break;
  }
  return out;
}
