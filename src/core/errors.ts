// One table of error codes → message templates, so every error the user sees says what went wrong and what to do.

export const errorTemplates = {
  INPUT_NOT_FOUND: 'Cannot read "{input}": no such file or folder. Check the path.',
  INPUT_EMPTY: '"{input}" is empty. Give a saved web page (.html, .html.gz) or a text file with the article.',
  INPUT_BINARY: '"{input}" looks like a binary file ({detail}), not a web page or text. Give a saved page (.html, .html.gz) or a text file.',
  INPUT_TOO_LARGE: '"{input}" is {detail}; the limit is {limit}. Split it or raise the limit with --max-bytes.',
  INPUT_ENCODING: '"{input}": {detail}. Save the file as UTF-8 or name its character set with --encoding.',
  INPUT_GZIP: '"{input}" ends in .gz but is not valid gzip ({detail}). Decompress it or save it again.',
  INPUT_NO_ARTICLE: '"{input}" has no article text that could be found ({detail}). Check that the page holds an article, or give the text itself.',
  INPUT_FORMAT: '"{input}": {detail}',
  INPUT_TIMEOUT: '"{input}" took over {limit} to analyse and was stopped. Raise the limit with --time-limit, or analyse less of it with --max-chars.',
  INPUT_TOO_COMPLEX: '"{input}" could not be read: {detail}. It is recorded as failed; simplify the page or give its text instead.',
  PIPELINE_MISSING_REQUIREMENT: 'Stage "{stage}" requires "{requirement}", which no earlier stage assigns. Add a stage that assigns it before "{stage}".',
  PIPELINE_DUPLICATE_STAGE: 'Stage "{stage}" appears twice in the pipeline.',
  PIPELINE_FROZEN: 'The pipeline is frozen: it has run. Build a new one to add "{stage}".',
  STAGE_FAILED: 'Stage "{stage}" failed on "{input}": {detail}',
  KNOWLEDGE_INVALID: 'Knowledge file "{input}" is invalid: {detail}',
  EMBEDDINGS_INVALID: 'Embedding model "{input}": {detail}. Give a folder with model.onnx (or onnx/model.onnx) and its tokenizer.json, exported for sentence embeddings.',
  CATALOGUE_INVALID: 'Narrative catalogue "{input}" is invalid: {detail}. The format is described in src/knowledge/narratives/README.md.',
  CLI_USAGE: '{detail}',
  STORE_NOT_FOUND: 'No corpus store at "{input}". Create one with "claimtrail ingest <paths…> --db {input}", or check the path.',
  STORE_NOT_OURS: '"{input}" is not a claimtrail store ({detail}). Give another --db path: claimtrail never writes into a file it did not create.',
  STORE_NEWER: '"{input}" has schema version {detail}, newer than this claimtrail knows ({limit}). Upgrade claimtrail to open it; it is left untouched.',
  STORE_WRITE: 'Writing to "{input}" failed: {detail}. Nothing of the failed batch was stored; free the space or fix the cause and run the same command again to resume.',
  STORE_ENGINE: 'Cannot open "{input}": {detail}',
  STORE_CONNECTION: 'Lost the connection to "{input}": {detail}. Nothing of the unfinished transaction was stored; run the same command again when the database is back (workers retry by themselves).',
  QUEUE_FAILED: 'The job queue in "{input}": {detail}',
  MIGRATE_MISMATCH: 'Copying "{input}" to "{limit}" ended with differences: {detail}. The copy is kept; run the same command again to resume, or report it.',
} as const;

export type ErrorCode = keyof typeof errorTemplates;

export type ErrorParams = Partial<Record<'input' | 'detail' | 'limit' | 'stage' | 'requirement', string>>;

/** An error with a stable code; `message` is filled from the template. */
export class ClaimtrailError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(formatError(code, params), options);
    this.name = 'ClaimtrailError';
    this.code = code;
    this.params = params;
  }
}

export function formatError(code: ErrorCode, params: ErrorParams): string {
  return errorTemplates[code].replace(/\{(\w+)\}/g, (_, key: string) => params[key as keyof ErrorParams] ?? `{${key}}`);
}

export function isClaimtrailError(error: unknown): error is ClaimtrailError {
  return error instanceof ClaimtrailError;
}
