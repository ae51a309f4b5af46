// The public API of claimtrail: the analysis core. It must not load better-sqlite3, pg, graphile-worker, hono or
// onnxruntime-node at import time (src/entry-graph.test.ts checks), so `import { analyze }` works where they are not installed.
export { analyze, analyzeFile, analyzeBytes } from './analyze.js';
export type { AnalyzeInput, AnalyzeOptions } from './analyze.js';
export { defaultPipeline } from './preset.js';
export type { PresetOptions } from './preset.js';
export { createPipeline, Pipeline } from './core/pipeline.js';
export { defineStage } from './core/stage.js';
export type { Stage, StageDefinition, StageFn } from './core/stage.js';
export { createDoc, docFromJSON, withLayers, withMessages, withMeta, spanText } from './core/doc.js';
export { toSource } from './core/source-map.js';
export { ClaimtrailError, isClaimtrailError, errorTemplates } from './core/errors.js';
export type { ErrorCode } from './core/errors.js';
export { message } from './core/messages.js';
export { readFile, readBytes, listInputs } from './ingest/file.js';
export type { ReadOptions } from './ingest/file.js';
export { fromText } from './ingest/text.js';
export { fromHtml } from './ingest/html/index.js';
export { toJSON } from './report/json.js';
export { toMarkdown } from './report/markdown.js';
export { toHtml } from './report/html.js';
export { exportDocuments, EXPORT_FORMATS, toStixBundle, toClaimReviews, toMispEvents, tableRows, toCsv, toJsonl, validateStixBundle, parseClaimReviewFeed, readClaimReviewFeed } from './export/index.js';
export type { ExportFormat, ExportOptions, ExportContext, ExportOutput, Appearance, NarrativeInfo, VerifiedClaim, TableRow } from './export/index.js';
// Opening a store loads better-sqlite3 or pg: openStore and openCorpus are in 'claimtrail/store' (src/store-entry.ts),
// so this entry installs and imports without a native module. The functions below take an opened Store.
export type { Store, SqlRunner, SqlValue, TextSearch, TextHit, OpenOptions } from './store/index.js';
export { ingestCorpus, type IngestOptions, type IngestSummary } from './corpus/ingest/ingest.js';
export * from './corpus/views/index.js';
export { loadCatalogue, catalogueFromSources } from './knowledge/narratives/index.js';
export type { Catalogue, CatalogueOptions, Narrative as CatalogueNarrative } from './knowledge/narratives/index.js';
export { ClaimRetriever } from './retrieval/retriever.js';
export type { Ranked, RetrieverOptions } from './retrieval/retriever.js';
export type * from './core/types.js';
