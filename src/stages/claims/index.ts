export { claims, DEFAULT_THRESHOLD } from './claims.js';
export type { ClaimsOptions } from './claims.js';
export { createRejecter, loadRules } from './rules.js';
