export { loadCatalogue, catalogueFromSources, builtInNarratives, lineOf, BUILT_IN, BUILT_IN_FILE } from './load.js';
export type { CatalogueOptions } from './load.js';
export type { Vocabulary } from './validate.js';
export { NARRATIVE_ROLES } from './types.js';
export type { Catalogue, Narrative, NarrativeEntity, NarrativeExample, NarrativeRole } from './types.js';
