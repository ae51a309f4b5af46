// The PolNeAR reader lives with the attribution model (its training script reads the same files).
export { loadSplit, headlineOf } from '../../src/models/attribution/train/polnear.js';
export type { GoldArticle } from '../../src/models/attribution/train/polnear.js';
