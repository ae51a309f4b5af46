export { createModel, loadCheckworthinessModel, MODEL_FILE } from './model.js';
export type { CheckworthinessModel, CheckworthinessModelFile } from './model.js';
export { featureIndices, FEATURE_VERSION } from './features.js';
