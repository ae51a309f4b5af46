// The OpenAPI description of the catalogue and re-scoring routes (routes/catalogues.ts), merged into openapi.ts.
type Obj = Record<string, unknown>;

const ref = (name: string): Obj => ({ $ref: `#/components/schemas/${name}` });
const str = { type: 'string' };
const nstr = { type: ['string', 'null'] };
const int = { type: 'integer' };
const obj = (properties: Record<string, Obj>, required: string[] = Object.keys(properties)): Obj => ({ type: 'object', properties, required });
const problems = (...statuses: [number, string][]): Obj =>
  Object.fromEntries(statuses.map(([s, description]) => [String(s), { description, content: { 'application/problem+json': { schema: ref('Problem') } } }]));
const ok = (description: string, schema: Obj, status = '200'): Obj => ({ [status]: { description, content: { 'application/json': { schema } } } });
const name = { name: 'name', in: 'path', required: true, description: 'Catalogue name: 1 to 64 letters, digits, and . _ -', schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' } };
const common = problems([400, 'Bad name or parameter'], [503, 'No corpus store']);
const tags = ['catalogues'];

export const catalogueSchemas: Record<string, Obj> = {
  Catalogue: obj({ name: str, format: { enum: ['json', 'yaml', 'csv'] }, hash: str, version: int, narratives: int, examples: int, uploadedAt: str }),
  RescoreJob: obj({
    id: int,
    kind: { const: 'rescore' },
    reason: str,
    status: { enum: ['queued', 'running', 'done', 'failed', 'superseded'] },
    progress: obj({ done: int, total: int }),
    created: str,
    started: nstr,
    finished: nstr,
    error: nstr,
  }),
};

const job = { oneOf: [ref('RescoreJob'), { type: 'null' }] };

export const cataloguePaths: Record<string, Obj> = {
  '/api/v1/catalogues': {
    get: { summary: "The store's narrative catalogues, and the latest re-scoring job", tags, responses: { ...ok('Catalogues by name', obj({ items: { type: 'array', items: ref('Catalogue') }, rescore: job })), ...common } },
  },
  '/api/v1/catalogues/{name}': {
    get: { summary: 'One catalogue with its content as uploaded', tags, parameters: [name], responses: { ...ok('The catalogue', { allOf: [ref('Catalogue'), obj({ content: str })] }), ...common, ...problems([404, 'No such catalogue']) } },
    put: {
      summary: 'Upload or replace a catalogue (JSON, YAML or CSV; format in src/knowledge/narratives/README.md). A change starts a job re-scoring the stored documents.',
      tags,
      security: [{ token: [] }],
      parameters: [name],
      requestBody: { required: true, content: { 'application/json': {}, 'application/yaml': {}, 'text/csv': {}, 'text/plain': {} } },
      responses: {
        ...ok('Replaced (or unchanged: job null)', obj({ catalogue: ref('Catalogue'), created: { type: 'boolean' }, changed: { type: 'boolean' }, job })),
        ...ok('Created', obj({ catalogue: ref('Catalogue'), created: { type: 'boolean' }, changed: { type: 'boolean' }, job }), '201'),
        ...problems([400, 'Invalid catalogue (code catalogue-invalid; detail names line and field) or bad name'], [401, 'Token missing or wrong'], [413, 'Over 8 MB'], [415, 'Not JSON, YAML, CSV or text'], [503, 'No corpus store']),
      },
    },
    delete: {
      summary: 'Delete a catalogue; starts a re-scoring job',
      tags,
      security: [{ token: [] }],
      parameters: [name],
      responses: { ...ok('Deleted', obj({ deleted: str, job: ref('RescoreJob') })), ...common, ...problems([401, 'Token missing or wrong'], [404, 'No such catalogue']) },
    },
  },
  '/api/v1/jobs': { get: { summary: 'Re-scoring jobs, newest first', tags, responses: { ...ok('Jobs', obj({ items: { type: 'array', items: ref('RescoreJob') } })), ...common } } },
  '/api/v1/jobs/{id}': {
    get: {
      summary: 'A re-scoring job and its progress (done of total documents)',
      tags,
      parameters: [{ name: 'id', in: 'path', required: true, description: 'Job id', schema: { type: 'integer' } }],
      responses: { ...ok('The job', ref('RescoreJob')), ...common, ...problems([404, 'No such job']) },
    },
  },
};
