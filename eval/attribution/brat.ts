// The brat reader and writer live with the quotes stage (the CLI writes .ann files too).
export { parseAnn, writeAnn, toAttributions, ROLES } from '../../src/stages/quotes/brat.js';
export type { Attribution, Role } from '../../src/stages/quotes/brat.js';
