// One input item → an analysed document → the rows to store. Runs in the worker threads (and in tests directly).
import { withMeta } from '../../core/doc.js';
import type { Pipeline } from '../../core/pipeline.js';
import type { Doc, DocMeta } from '../../core/types.js';
import { readBytes } from '../../ingest/file.js';
import { fromHtml } from '../../ingest/html/index.js';
import { fromText } from '../../ingest/text.js';
import { defaultPipeline, type PresetOptions } from '../../preset.js';
import type { ItemInput, MetaOverride } from './item.js';
import { toRecord, type DocRecord } from './record.js';

export interface AnalyzeItemOptions {
  /** Options for the default pipeline (`narratives: { files }` for catalogues, as `analyze --narratives`). */
  preset?: PresetOptions;
  maxBytes?: number;
  /** Characters of clean text analysed per item (default DEFAULT_MAX_CHARS). */
  maxChars?: number;
  /** Character set of article files, instead of the declared or sniffed one (`analyze --encoding`). */
  encoding?: string | null;
  /** Read article files as this kind instead of deciding from name and content (`analyze --kind`). */
  kind?: 'html' | 'text' | null;
}

export class ItemAnalyzer {
  private built: Pipeline | null = null;

  constructor(private readonly options: AnalyzeItemOptions = {}) {}

  /**
   * One pipeline, built on first use (building loads every stage's knowledge: seconds). A language the input names
   * is set as the declared language: detection keeps it unless the text confidently reads otherwise, as for a page.
   */
  private pipeline(): Pipeline {
    this.built ??= defaultPipeline(this.options.preset ?? {});
    return this.built;
  }

  /** Builds the pipeline now rather than at the first item. */
  warm(): void {
    this.pipeline();
  }

  document(input: ItemInput): Doc {
    let doc: Doc;
    const { maxBytes, maxChars, encoding, kind } = this.options;
    if (input.kind === 'bytes') doc = readBytes(input.bytes, input.name, { maxBytes, maxChars, encoding, kind, url: input.meta?.url ?? null });
    else if (input.kind === 'html') doc = fromHtml(input.html, { name: input.name, url: input.meta.url ?? null, encoding: 'utf-8', bytes: Buffer.byteLength(input.html), maxChars });
    else doc = fromText(input.text, { name: input.name, maxChars });
    return input.meta ? withMeta(doc, override(input.meta)) : doc;
  }

  analyze(input: ItemInput): Doc {
    return this.run(this.document(input));
  }

  /** Runs the pipeline on a document already read. */
  run(doc: Doc): Doc {
    return this.pipeline().run(doc);
  }

  record(input: ItemInput): DocRecord {
    return toRecord(this.analyze(input));
  }
}

function override(meta: MetaOverride): Partial<DocMeta> {
  const out: Partial<DocMeta> = {};
  if (meta.url) out.url = meta.url;
  if (meta.title) out.title = meta.title;
  if (meta.published) out.published = meta.published;
  if (meta.outlet) out.siteName = meta.outlet;
  if (meta.language) out.language = meta.language;
  return out;
}
