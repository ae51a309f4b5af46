// The two extractors compared: ours (decode + fromHtml) and @mozilla/readability over linkedom.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../../src/ingest/decode.js';
import { fromHtml } from '../../src/ingest/html/index.js';

export interface Extracted {
  text: string;
  title: string | null;
  author: string | null;
  date: string | null;
}

export type Extractor = (bytes: Uint8Array, name: string, url: string | null) => Extracted;

export const ours: Extractor = (bytes, name, url) => {
  const { text: html, encoding, messages } = decodeBytes(bytes, { name, isHtml: true });
  const doc = fromHtml(html, { name, url, encoding, bytes: bytes.length, messages });
  return { text: doc.text, title: doc.meta.title, author: [doc.meta.byline, ...doc.meta.authors].filter(Boolean).join('; ') || null, date: doc.meta.published };
};

export const readability: Extractor = (bytes, name) => {
  const { text: html } = decodeBytes(bytes, { name, isHtml: true });
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return { text: article?.textContent ?? '', title: article?.title ?? null, author: article?.byline ?? null, date: article?.publishedTime ?? null };
};
