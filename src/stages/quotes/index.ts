export { quotes } from './quotes.js';
export type { QuotesOptions } from './quotes.js';
export { findQuoted } from './marks.js';
export type { Quoted } from './marks.js';
export { parseAnn, writeAnn, toAttributions, ROLES } from './brat.js';
export type { Attribution, Role } from './brat.js';
