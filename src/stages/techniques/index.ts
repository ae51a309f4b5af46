export { techniques } from './techniques.js';
export type { TechniquesOptions } from './techniques.js';
export { createAnalyzer, docTokens, defaultCueIndex } from './analyzer.js';
export { loadCues, CUES_FILE } from './cues.js';
