export { segment } from './segment.js';
export { splitSentences } from './sentences.js';
