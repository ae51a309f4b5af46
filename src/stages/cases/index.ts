export { cases, DEFAULT_MAX_CASES, DEFAULT_MIN_CASE_SCORE } from './cases.js';
export type { CasesOptions } from './cases.js';
