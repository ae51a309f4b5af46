export { stem, STEMMED_LANGUAGES } from './stem.js';
export { isStopWord } from './stopwords.js';
export { interlingualKeys, LEXICON_LANGUAGES, secondaryKeys } from './interlingual.js';
