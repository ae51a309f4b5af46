// One entry point for every export format: a pure function of documents and optional corpus context. The CLI, and
// later the store (--db), the HTTP API and the web app's download buttons, all call exportDocuments.
import type { Doc } from '../core/types.js';
import { toClaimReviews } from './claimreview.js';
import { toCsv, toJsonl } from './csv.js';
import { toMispEvents } from './misp.js';
import { toParquet } from './parquet.js';
import { toStixBundle } from './stix/bundle.js';
import { assertValidStixBundle } from './stix-schema/validate.js';
import { tableRows, TABLE_KINDS, type TableKind } from './tables.js';
import type { ExportContext, ExportOutput } from './types.js';
import { webUrl } from '../core/web-url.js';

export const EXPORT_FORMATS = ['claimreview', 'stix', 'misp', 'csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Row kinds for csv and jsonl (default: all). */
  kinds?: readonly TableKind[];
  /** CSV formula-injection guard (default on; see csv.ts). */
  formulaGuard?: boolean;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function exportDocuments(format: ExportFormat, given: readonly Doc[], context: ExportContext = {}, options: ExportOptions = {}): ExportOutput {
  const docs = given.map(withWebUrl);
  switch (format) {
    case 'claimreview': {
      const { document, gaps } = toClaimReviews(docs, context);
      return { body: json(document), gaps, mediaType: 'application/ld+json', extension: '.jsonld' };
    }
    case 'stix': {
      const { bundle, gaps } = toStixBundle(docs, context);
      assertValidStixBundle(bundle);
      return { body: json(bundle), gaps, mediaType: 'application/stix+json;version=2.1', extension: '.stix.json' };
    }
    case 'misp': {
      const { document, gaps } = toMispEvents(docs, context);
      return { body: json(document), gaps, mediaType: 'application/json', extension: '.misp.json' };
    }
    case 'csv':
    case 'jsonl':
    case 'parquet': {
      const rows = tableRows(docs, options.kinds ?? TABLE_KINDS);
      const gaps = docs.length ? [] : [`Empty export: no documents${context.scope ? ` for ${context.scope}` : ''}.`];
      if (format === 'parquet') return { body: toParquet(rows), gaps, mediaType: 'application/vnd.apache.parquet', extension: '.parquet' };
      return format === 'csv'
        ? { body: toCsv(rows, { formulaGuard: options.formulaGuard }), gaps, mediaType: 'text/csv; charset=utf-8; header=present', extension: '.csv' }
        : { body: toJsonl(rows), gaps, mediaType: 'application/jsonl', extension: '.jsonl' };
    }
  }
}

export { toClaimReviews } from './claimreview.js';
export { parseClaimReviewFeed, readClaimReviewFeed } from './claimreview-import.js';
export type { VerifiedClaim, ImportProblem, FeedImport } from './claimreview-import.js';
export { toCsv, toJsonl } from './csv.js';
export { toMispEvents } from './misp.js';
export { toParquet } from './parquet.js';
export { toStixBundle } from './stix/bundle.js';
export { validateStixBundle } from './stix-schema/validate.js';
export { tableRows, TABLE_KINDS } from './tables.js';
export type { TableKind, TableRow } from './tables.js';
export type { Appearance, ExportContext, ExportOutput, NarrativeInfo } from './types.js';

/** Documents stored before only http(s) URLs were accepted may carry a javascript: or data: URL: never exported. */
export function withWebUrl(doc: Doc): Doc {
  const url = webUrl(doc.meta.url);
  return url === doc.meta.url ? doc : { ...doc, meta: { ...doc.meta, url } };
}
