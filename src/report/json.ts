import type { Doc } from '../core/types.js';

/** The document as JSON: the same shape the library returns; `docFromJSON` reads it back. */
export function toJSON(doc: Doc, pretty = true): string {
  return JSON.stringify(doc, null, pretty ? 2 : undefined);
}
