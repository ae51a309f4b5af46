import { createDoc } from './core/doc.js';
import type { Pipeline } from './core/pipeline.js';
import type { Doc, DocMeta } from './core/types.js';
import { readBytes, readFile, type ReadOptions } from './ingest/file.js';
import { fromHtml } from './ingest/html/index.js';
import { fromText } from './ingest/text.js';
import { defaultPipeline, type PresetOptions } from './preset.js';

/** What `analyze` accepts: article text, a page's HTML, or an already ingested document. */
export type AnalyzeInput =
  | string
  | { text: string; name?: string; meta?: Partial<DocMeta>; raw?: boolean }
  | { html: string; name?: string; url?: string | null }
  | Doc;

export interface AnalyzeOptions extends PresetOptions {
  /** A pipeline to use instead of the default one (built with `defaultPipeline` or `createPipeline`). */
  pipeline?: Pipeline;
}

// One pipeline per set of preset options (building one loads every stage's knowledge).
const cached = new Map<string, Pipeline>();

function pipelineFor(options: AnalyzeOptions): Pipeline {
  if (options.pipeline) return options.pipeline;
  const key = JSON.stringify([options.language ?? null, options.narratives ?? null, options.cases ?? null]);
  let pipeline = cached.get(key);
  if (!pipeline) cached.set(key, (pipeline = defaultPipeline(options)));
  return pipeline;
}

/**
 * Analyses one article. Plain text is read like a copied article (title line, page debris, byline); pass
 * `{ text, raw: true }` to keep the text exactly as given, so offsets match your string.
 */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Doc {
  return pipelineFor(options).run(ingest(input));
}

/** Reads and analyses one file (.html, .htm, .txt, optionally .gz). Throws a ClaimtrailError for bad input. */
export function analyzeFile(path: string, options: AnalyzeOptions & ReadOptions = {}): Doc {
  return pipelineFor(options).run(readFile(path, options));
}

export function analyzeBytes(bytes: Uint8Array, name: string, options: AnalyzeOptions & ReadOptions = {}): Doc {
  return pipelineFor(options).run(readBytes(bytes, name, options));
}

function ingest(input: AnalyzeInput): Doc {
  if (typeof input === 'string') return fromText(input, { name: '<text>' });
  if ('layers' in input) return input;
  if ('html' in input) return fromHtml(input.html, { name: input.name ?? '<html>', url: input.url ?? null, encoding: 'utf-8', bytes: Buffer.byteLength(input.html) });
  if (input.raw) return createDoc({ text: input.text, meta: input.meta, source: { name: input.name ?? '<text>' } });
  const doc = fromText(input.text, { name: input.name ?? '<text>' });
  return input.meta ? { ...doc, meta: { ...doc.meta, ...input.meta } } : doc;
}
