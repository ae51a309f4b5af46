export { loadEmbeddings } from './embeddings.js';
export type { Embedder, EmbeddingOptions } from './embeddings.js';
export { parseTokenizer } from './tokenizer.js';
export type { Tokenizer } from './tokenizer.js';
