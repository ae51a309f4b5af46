export { narratives, DEFAULT_MIN_SCORE } from './narratives.js';
export type { NarrativesOptions } from './narratives.js';
export { buildKnowledge } from './compile.js';
export type { NarrativeKnowledge } from './compile.js';
export { loadLexicon, LANGUAGES } from './lexicon.js';
