import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Technique } from '../../core/types.js';
import { createAnalyzer } from './analyzer.js';

export interface TechniquesOptions {
  /** Path of a model file written by `npm run train -- techniques` (default: the one shipped). */
  model?: string;
}

/**
 * Persuasion techniques (PTC / SemEval-2020 Task 11 names) as character spans: a token tagger finds the spans, a
 * classifier names the technique, a sentence classifier marks clause-long techniques. Needs sentences only.
 */
export const techniques = defineStage({
  name: 'techniques',
  requires: ['sentences'],
  assigns: ['techniques'],
  create(options: TechniquesOptions | undefined) {
    const analyzer = createAnalyzer(options?.model);
    return function techniquesDoc(doc: Doc): Doc {
      const found: Technique[] = analyzer.predict(doc).map((p, i) => ({ id: `t${i + 1}`, ...p }));
      return withLayers(doc, { techniques: found });
    };
  },
});
