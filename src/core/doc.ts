import { createHash } from 'node:crypto';
import type { Doc, DocMeta, DocSource, Layers, Message, SourceSegment, Span } from './types.js';

export function emptyMeta(): DocMeta {
  return { title: null, byline: null, authors: [], published: null, siteName: null, language: null, url: null, description: null };
}

export function textId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export interface CreateDocInput {
  text: string;
  meta?: Partial<DocMeta>;
  source?: Partial<DocSource>;
  sourceMap?: SourceSegment[];
  messages?: Message[];
}

/** Creates a frozen document with no layers. Without a source map, text maps one to one onto itself. */
export function createDoc(input: CreateDocInput): Doc {
  const { text } = input;
  const source: DocSource = { name: '<text>', kind: 'text', encoding: 'utf-8', bytes: Buffer.byteLength(text), ...input.source };
  const sourceMap = input.sourceMap ?? (text.length ? [{ start: 0, end: text.length, sourceStart: 0, sourceEnd: text.length }] : []);
  return freeze({
    id: textId(text),
    text,
    meta: { ...emptyMeta(), ...input.meta },
    source,
    sourceMap,
    layers: {},
    messages: input.messages ?? [],
  });
}

/** Returns a new document with the given layers set (stages never mutate their input). */
export function withLayers(doc: Doc, layers: Layers): Doc {
  return freeze({ ...doc, layers: { ...doc.layers, ...layers } });
}

export function withMeta(doc: Doc, meta: Partial<DocMeta>): Doc {
  return freeze({ ...doc, meta: { ...doc.meta, ...meta } });
}

export function withMessages(doc: Doc, messages: Message[]): Doc {
  return messages.length ? freeze({ ...doc, messages: [...doc.messages, ...messages] }) : doc;
}

export function spanText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** Rebuilds a document from its JSON form (the store and the API hand documents around as JSON). */
export function docFromJSON(json: string | unknown): Doc {
  const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
  if (!value || typeof value !== 'object' || typeof (value as Doc).text !== 'string' || typeof (value as Doc).layers !== 'object') {
    throw new TypeError('Not a claimtrail document: expected an object with `text` and `layers`.');
  }
  return freeze(value as Doc);
}

function freeze(doc: Doc): Doc {
  Object.freeze(doc.meta);
  Object.freeze(doc.layers);
  return Object.freeze(doc);
}
