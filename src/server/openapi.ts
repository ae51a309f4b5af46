// The OpenAPI 3.1 description of the API, written as data and served at /openapi.json. A test checks that every
// route the app registers is described here, and every path described here is registered.
import { problemTypes } from './problems.js';
import { page, ref, schemas } from './openapi-schemas.js';
import { cataloguePaths, catalogueSchemas } from './openapi-catalogues.js';
import { FORMATS } from './routes/exports.js';

type Obj = Record<string, unknown>;

const q = (name: string, description: string, schema: Obj = { type: 'string' }, required = false): Obj => ({ name, in: 'query', required, description, schema });
const path = (name: string, description: string, schema: Obj = { type: 'string' }): Obj => ({ name, in: 'path', required: true, description, schema });
const limit = q('limit', 'Page size.', { type: 'integer', minimum: 1 });
const cursor = q('cursor', 'The nextCursor of the previous page, unchanged.');
const filters = [
  q('outlet', 'Only this outlet.'),
  q('language', 'Only this language (ISO 639-1).'),
  q('narrative', 'Only articles carrying this narrative id.'),
  q('from', 'Published on or after (YYYY-MM-DD).', { type: 'string', format: 'date' }),
  q('to', 'Published on or before (YYYY-MM-DD).', { type: 'string', format: 'date' }),
];
const search = [q('q', 'Words (all required); "a phrase"; word* for a prefix.'), ...filters, q('speaker', 'Only articles quoting this person, any spelling.')];

const json = (schema: Obj) => ({ content: { 'application/json': { schema } } });
const problem = (...statuses: number[]): Obj =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: Object.values(problemTypes).filter((p) => p.status === s).map((p) => p.title).join('; '), content: { 'application/problem+json': { schema: ref('Problem') } } }]));
const ok = (description: string, schema: Obj, ...errors: number[]): Obj => ({ '200': { description, ...json(schema) }, ...problem(400, ...errors) });
const get = (summary: string, parameters: Obj[], responses: Obj, tag: string): Obj => ({ get: { summary, tags: [tag], parameters, responses } });
// A search waits for a reader thread only so long (search-pool.ts): past it, 503 search-busy with Retry-After.
const searchBusy = {
  '503': {
    description: `${problemTypes['search-busy'].title} (Retry-After gives the seconds to wait), or ${problemTypes['no-corpus'].title.toLowerCase()}`,
    headers: { 'Retry-After': { description: 'Seconds to wait before trying again (search-busy only).', schema: { type: 'integer' } } },
    content: { 'application/problem+json': { schema: ref('Problem') } },
  },
};
const exportResponse = {
  '200': { description: 'The export as a file (Content-Disposition: attachment).', content: { 'application/json': {}, 'application/jsonl': {}, 'text/csv': {}, 'text/markdown': {}, 'application/ld+json': {}, 'application/stix+json': {} } },
  ...problem(400, 404),
  ...searchBusy,
};
const deletedSchema = { type: 'object', properties: { deleted: { type: 'array', items: { type: 'integer' }, description: 'Document ids deleted' }, sources: { type: 'integer', description: 'Ingest records removed' } }, required: ['deleted', 'sources'] };
const format = q('format', 'Export format.', { enum: [...FORMATS], default: 'json' });

export function openApiDocument(): Obj {
  return {
    openapi: '3.1.0',
    info: {
      title: 'claimtrail API',
      version: '1.0.0',
      description: 'Who said what, which claims, techniques and narratives, with character-exact offsets; and the corpus views. Errors are application/problem+json with a stable `code`. Lists are paged by cursor. Writes need a bearer token.',
    },
    servers: [{ url: '/' }],
    components: { schemas: { ...schemas, ...catalogueSchemas, Deleted: deletedSchema }, securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'CLAIMTRAIL_TOKEN, or the token printed when the server first started.' } } },
    paths: {
      '/api/v1': get('What this server serves', [], ok('Server and store', { type: 'object' }), 'meta'),
      '/api/v1/analyze': {
        post: {
          summary: 'Analyse one article (not stored)',
          tags: ['analyse'],
          requestBody: { required: true, ...json(ref('AnalyzeRequest')) },
          responses: { '200': { description: 'The analysed document', ...json({ type: 'object', properties: { document: ref('Document') }, required: ['document'] }) }, ...problem(400, 413, 415, 422) },
        },
      },
      '/api/v1/documents': get('List stored documents', [...filters, limit, cursor], ok('A page of documents', ref('DocumentPage'), 503), 'documents'),
      '/api/v1/documents/{id}': {
        ...get('One stored document with every layer', [path('id', 'Document id', { type: 'integer' })], ok('The document', ref('StoredDocument'), 404, 503), 'documents'),
        delete: { summary: 'Delete a stored document: its rows, search entry and place in the summaries (a re-ingest stores it again)', tags: ['documents'], security: [{ token: [] }], parameters: [path('id', 'Document id', { type: 'integer' })], responses: ok('What was deleted', ref('Deleted'), 401, 404, 503) },
      },
      '/api/v1/sources/{origin}': {
        delete: { summary: 'Delete every document stored from one ingested input (a file, folder or feed path as ingest recorded it; URL-encoded)', tags: ['documents'], security: [{ token: [] }], parameters: [path('origin', 'The input, URL-encoded')], responses: ok('What was deleted', ref('Deleted'), 401, 404, 503) },
      },
      '/api/v1/documents/{id}/export': get('Export one document', [path('id', 'Document id', { type: 'integer' }), format], exportResponse, 'export'),
      '/api/v1/export': get('Export a query result: a search (q) or a filtered list, up to 1,000 documents', [...search, format, limit], exportResponse, 'export'),
      '/api/v1/search': get('Full-text search', [...search, limit, cursor], { ...ok('Hits, best first', ref('SearchPage')), ...searchBusy }, 'corpus'),
      '/api/v1/narratives': get('Narratives found in the corpus, with their articles by stance', [limit, cursor, q('outlet', 'Only the narratives this outlet carries, stances counted over its articles.')], ok('A page of narratives', page(ref('Narrative')), 503), 'corpus'),
      '/api/v1/narratives/{id}': get('One narrative: timeline by week and language, outlets, first appearance, earliest articles', [path('id', 'Narrative id'), q('documents', 'Articles listed (default 50).', { type: 'integer' })], ok('The narrative', ref('NarrativeDetail'), 404, 503), 'corpus'),
      '/api/v1/claims': get('Claim clusters that spread', [q('minArticles', 'Carried by at least this many articles (default 2).', { type: 'integer' }), limit, cursor], ok('A page of clusters', page(ref('ClaimCluster')), 503), 'corpus'),
      '/api/v1/claims/{id}': get('One claim cluster with its appearances', [path('id', 'Cluster id', { type: 'integer' }), limit, cursor], ok('The cluster', { allOf: [ref('ClaimCluster'), { type: 'object', properties: { appearances: { type: 'array' }, nextCursor: { type: ['string', 'null'] } } }] }, 404, 503), 'corpus'),
      '/api/v1/speakers': get('Speakers, most quoted first', [limit, cursor], ok('A page of speakers', page(ref('Speaker')), 503), 'corpus'),
      '/api/v1/speakers/{name}': get('What one person said, in any spelling', [path('name', 'A name in any spelling'), limit, cursor], ok('The speaker', ref('SpeakerDetail'), 404, 503), 'corpus'),
      '/api/v1/outlets': get('Outlets', [limit, cursor], ok('A page of outlets', page(ref('Outlet')), 503), 'corpus'),
      '/api/v1/outlets/{name}': get('One outlet with its technique profile', [path('name', 'Outlet name')], ok('The outlet', ref('Outlet'), 404, 503), 'corpus'),
      '/api/v1/duplicates': get('Near-duplicate groups', [limit, cursor], ok('A page of groups', page({ type: 'object' }), 503), 'corpus'),
      '/api/v1/ingest': {
        post: {
          summary: 'Store articles (a background job)',
          tags: ['ingest'],
          security: [{ token: [] }],
          requestBody: { required: true, ...json(ref('IngestRequest')) },
          responses: { '202': { description: 'The job, queued', headers: { Location: { schema: { type: 'string' } } }, ...json(ref('Job')) }, ...problem(400, 401, 413, 415, 503) },
        },
        get: { summary: 'Recent ingest jobs', tags: ['ingest'], responses: ok('Jobs, newest first', { type: 'object', properties: { items: { type: 'array', items: ref('Job') } } }, 503) },
      },
      '/api/v1/ingest/{job}': get('Progress of an ingest job', [path('job', 'Job id')], ok('The job', ref('Job'), 404, 503), 'ingest'),
      ...cataloguePaths,
    },
  };
}
