// Schemas of the OpenAPI description (JSON Schema 2020-12, as OpenAPI 3.1 uses). Layers of a document are described
// by name and left open: src/core/types.ts is their contract and changes more often than this file.
type Schema = Record<string, unknown>;

const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const num = { type: 'number' };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, Schema>, required: string[] = Object.keys(properties)): Schema => ({ type: 'object', properties, required });
const list = (items: Schema): Schema => ({ type: 'array', items });
const count = obj({ key: nstr, count: int });
const week = obj({ week: str, count: int });

export const schemas: Record<string, Schema> = {
  Problem: obj({ type: str, code: str, title: str, status: int, detail: str, instance: str }, ['type', 'code', 'title', 'status', 'detail']),
  DocRef: obj({ doc: int, title: nstr, outlet: nstr, language: nstr, published: nstr, url: nstr }),
  Document: {
    type: 'object',
    description: 'A claimtrail document: text, meta, source, layers (paragraphs, sentences, entities, quotes, claims, techniques, framing, narratives), messages. Offsets are UTF-16 code units into text.',
    properties: { id: str, text: str, meta: { type: 'object' }, source: { type: 'object' }, layers: { type: 'object' }, messages: list({ type: 'object' }) },
    required: ['id', 'text', 'meta', 'layers'],
  },
  StoredDocument: obj({ id: int, ingestedAt: str, duplicateOf: { type: ['integer', 'null'] }, similarity: { type: ['number', 'null'] }, document: ref('Document') }),
  DocumentPage: obj({ items: list({ allOf: [ref('DocRef'), obj({ chars: int, duplicateOf: { type: ['integer', 'null'] } })] }), nextCursor: nstr }),
  SearchPage: obj({
    query: str,
    total: { type: 'integer', description: 'Matches, counted up to 1,000; with more: true, at least this many.' },
    more: { type: 'boolean', description: 'The query matched more documents than total counts.' },
    rankedOnly: { type: ['integer', 'null'], description: 'N: the query matched more than N documents and only the newest N (in the order they were stored) were ranked, so items are the best of those; null: every match was ranked.' },
    items: list({ allOf: [ref('DocRef'), obj({ snippet: str, rank: num })] }), nextCursor: nstr }),
  Narrative: obj({ id: str, title: str, articles: int, outlets: list(count), languages: list(count), stances: list(count), firstSeen: { type: ['object', 'null'] }, timeline: list(week) }),
  NarrativeDetail: {
    allOf: [ref('Narrative'), obj({ documents: list({ allOf: [ref('DocRef'), obj({ stance: str, score: num, evidence: list(str) })] }), timelineByLanguage: list(obj({ week: str, language: nstr, count: int })) })],
  },
  ClaimCluster: obj({ id: int, label: str, frame: nstr, articles: int, outlets: list(count), languages: list(count), first: { type: ['object', 'null'] }, timeline: list(week) }),
  Speaker: obj({ entity: int, canonical: str, gazetteerId: nstr, quotes: int, articles: int, outlets: int, languages: list(count), firstQuoted: nstr, lastQuoted: nstr }),
  SpeakerDetail: obj({ query: str, entities: list({ type: 'object' }), aliases: list(obj({ alias: str, language: nstr })), total: int, articles: int, outlets: list(count), languages: list(count), quotes: list({ type: 'object' }), nextCursor: nstr }),
  Outlet: obj({ outlet: str, articles: int, words: int, firstPublished: nstr, lastPublished: nstr, languages: list(count), narratives: list(count), techniques: list(obj({ key: nstr, count: int, perThousandWords: num, per100: num })), republished: int, originalsCopied: int }),
  Job: obj({ id: str, status: { enum: ['queued', 'running', 'done', 'failed', 'interrupted'] }, created: str, finished: nstr, input: { type: 'object' }, progress: { type: 'object' }, problems: list(str), error: nstr, server: nstr }),
  AnalyzeRequest: {
    type: 'object',
    description: 'Exactly one of text or html.',
    properties: { text: str, html: str, url: str, name: str },
    oneOf: [{ required: ['text'] }, { required: ['html'] }],
    additionalProperties: false,
  },
  IngestRequest: {
    type: 'object',
    properties: {
      items: list({ type: 'object', properties: { text: str, html: str, url: nstr, title: nstr, published: nstr, outlet: nstr, language: nstr }, additionalProperties: false }),
      paths: list(str),
    },
    oneOf: [{ required: ['items'] }, { required: ['paths'] }],
    additionalProperties: false,
  },
};

export const page = (item: Schema): Schema => obj({ items: list(item), nextCursor: nstr });
export { ref };
