// What the readers hand to the ingest: one article to analyse, or a problem with a place in the input.
import { createHash } from 'node:crypto';

/** Metadata the input gives beside the article (JSONL fields, feed entries, WARC headers); it wins over what is found in the page. */
export interface MetaOverride {
  url?: string | null;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
  language?: string | null;
}

export type ItemInput =
  | { kind: 'bytes'; name: string; bytes: Uint8Array; meta?: MetaOverride }
  | { kind: 'html'; name: string; html: string; meta: MetaOverride }
  | { kind: 'text'; name: string; text: string; meta: MetaOverride };

export interface Item {
  /** Hash of the raw input item: the same bytes are never analysed twice in one store. */
  key: string;
  /** Where it is, for messages: "feeds/tass.xml item 3", "crawl.warc.gz record 12 (offset 48213)", "a.jsonl:17". */
  origin: string;
  input: ItemInput;
}

export type ReaderEvent = { type: 'item'; item: Item } | { type: 'problem'; origin: string; message: string };

export function itemKey(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 32);
}

/** Counts bytes read from the inputs, for the progress bar. */
export interface ByteCounter {
  add(bytes: number): void;
}
