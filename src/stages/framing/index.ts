export { framing } from './framing.js';
export type { FramingOptions } from './framing.js';
export { loadRoles, ROLES_FILE } from './lexicon.js';
export type { RoleEntry, CueKind } from './lexicon.js';
export { loadGrammar, GRAMMAR_FILE } from './grammar.js';
export { FINE_ROLES, ROLES } from './taxonomy.js';
