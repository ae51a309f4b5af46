// What the stage, the evaluation and the training share: the cue index, the model, and a document's tokens.
import { ClaimtrailError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { createCueIndex, type CueIndex } from '../../models/techniques/cues.js';
import { loadTechniquesModel, MODEL_FILE, type Prediction, type TechniquesModel } from '../../models/techniques/model.js';
import { tokenizeDoc, type DocTokens } from '../../models/techniques/tokens.js';
import { loadCues } from './cues.js';
import { ruleSpans } from './rules.js';

let sharedCues: CueIndex | null = null;

export function defaultCueIndex(): CueIndex {
  return (sharedCues ??= createCueIndex(loadCues()));
}

/** Tokens of a segmented document (the sentences layer must be there). */
export function docTokens(doc: Doc, cues: CueIndex): DocTokens {
  const sentences = doc.layers.sentences;
  if (!sentences) throw new ClaimtrailError('PIPELINE_MISSING_REQUIREMENT', { stage: 'techniques', requirement: 'sentences' });
  return tokenizeDoc(doc.text, sentences, cues);
}

export interface TechniquesAnalyzer {
  model: TechniquesModel;
  cues: CueIndex;
  predict(doc: Doc): Prediction[];
}

const models = new Map<string, TechniquesModel>();

/** Loads (once per path) the model and the cues. */
export function createAnalyzer(modelPath?: string): TechniquesAnalyzer {
  const key = modelPath ?? MODEL_FILE.pathname;
  let model = models.get(key);
  if (!model) {
    model = loadTechniquesModel(modelPath ?? MODEL_FILE);
    models.set(key, model);
  }
  const cues = defaultCueIndex();
  const m = model;
  return {
    model: m,
    cues,
    predict(doc) {
      const d = docTokens(doc, cues);
      const found = m.predict(d, cues);
      return [...found, ...ruleSpans(d, cues, found)].sort((x, y) => x.start - y.start || x.end - y.end);
    },
  };
}
