export { language } from './language.js';
export type { LanguageOptions } from './language.js';
export { outsideLanguages } from './coverage.js';
