export { entities } from './entities.js';
export type { EntitiesOptions } from './entities.js';
