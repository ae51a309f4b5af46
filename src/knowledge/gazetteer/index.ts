export { loadGazetteer, gazetteerFromSources } from './load.js';
export { nameKey, wordKey, punctKey, isWordChar, TOKEN_RE } from './normalize.js';
export type { Gazetteer, GazetteerEntry, Gender } from './types.js';
