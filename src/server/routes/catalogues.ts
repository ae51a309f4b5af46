// Narrative catalogues kept in the store: GET /api/v1/catalogues (list), GET/PUT/DELETE /api/v1/catalogues/{name}
// (writes need the token; the body is the catalogue as JSON, YAML or CSV, validated before it is stored). A change
// starts a re-scoring job over the stored documents: GET /api/v1/jobs/{id} reads its progress.
import type { Context } from 'hono';
import { isClaimtrailError } from '../../core/errors.js';
import { CATALOGUE_NAME, deleteCatalogue, getCatalogue, listCatalogues, MAX_CATALOGUE_BYTES, putCatalogue } from '../../store/catalogues/catalogues.js';
import { getRescoreJob, listRescoreJobs } from '../../store/catalogues/rescore.js';
import { RescoreRunner } from '../../store/catalogues/runner.js';
import type { Store } from '../../store/index.js';
import { needStore, type App, type ServerDeps } from '../context.js';
import { readParams } from '../params.js';
import { ApiError } from '../problems.js';
import { readBodyBytes, requireToken } from '../security.js';

/** Content-Type → a name whose extension tells the reader the format; text/plain is read by its content. */
const TYPES: [RegExp, string][] = [
  [/^application\/(.+\+)?json\b/i, 'upload.json'],
  [/^(application|text)\/(x-)?yaml\b/i, 'upload.yaml'],
  [/^text\/csv\b/i, 'upload.csv'],
  [/^text\/tab-separated-values\b/i, 'upload.tsv'],
  [/^text\/plain\b/i, ''],
];

export function catalogueRoutes(app: App, deps: ServerDeps): void {
  const runner = (store: Store) => RescoreRunner.of(store, { beforeDocument: () => deps.jobs?.idle() ?? Promise.resolve() });
  // A job a stopped server left unfinished goes on.
  if (deps.store) void runner(deps.store).resume().catch(() => undefined);

  app.get('/api/v1/catalogues', async (c) => {
    readParams(c, {});
    const store = needStore(deps);
    const [latest] = await listRescoreJobs(store, 1);
    return c.json({ items: await listCatalogues(store), rescore: latest ?? null });
  });

  app.get('/api/v1/catalogues/:name', async (c) => {
    readParams(c, {});
    const catalogue = await getCatalogue(needStore(deps), name(c));
    if (!catalogue) throw notFound(name(c));
    return c.json(catalogue);
  });

  app.put('/api/v1/catalogues/:name', requireToken(deps.token), async (c) => {
    readParams(c, {});
    const store = needStore(deps);
    const { text, hint } = await readCatalogueBody(c);
    let result: Awaited<ReturnType<typeof putCatalogue>>;
    try {
      result = await putCatalogue(store, name(c), text, hint);
    } catch (error) {
      if (isClaimtrailError(error) && error.code === 'CATALOGUE_INVALID') throw new ApiError('catalogue-invalid', error.message);
      throw error;
    }
    const job = result.changed ? await runner(store).submit(`PUT ${result.catalogue.name} (version ${result.catalogue.version})`) : null;
    c.header('location', `/api/v1/catalogues/${result.catalogue.name}`);
    return c.json({ catalogue: result.catalogue, created: result.created, changed: result.changed, job }, result.created ? 201 : 200);
  });

  app.delete('/api/v1/catalogues/:name', requireToken(deps.token), async (c) => {
    readParams(c, {});
    const store = needStore(deps);
    if (!(await deleteCatalogue(store, name(c)))) throw notFound(name(c));
    return c.json({ deleted: name(c), job: await runner(store).submit(`DELETE ${name(c)}`) });
  });

  app.get('/api/v1/jobs', async (c) => {
    readParams(c, {});
    return c.json({ items: await listRescoreJobs(needStore(deps), 50) });
  });

  app.get('/api/v1/jobs/:id', async (c) => {
    readParams(c, {});
    const id = Number(c.req.param('id'));
    const job = Number.isInteger(id) && id > 0 ? await getRescoreJob(needStore(deps), id) : null;
    if (!job) throw new ApiError('resource-not-found', `There is no re-scoring job "${c.req.param('id')}". GET /api/v1/jobs lists them (ingest jobs are under /api/v1/ingest).`);
    return c.json(job);
  });
}

function name(c: Context): string {
  const value = c.req.param('name') ?? '';
  if (!CATALOGUE_NAME.test(value)) throw new ApiError('bad-request', `"${value}" is not a catalogue name: use 1 to 64 letters, digits, and . _ - (not first).`);
  return value;
}

function notFound(value: string): ApiError {
  return new ApiError('resource-not-found', `There is no catalogue "${value}" in this store. GET /api/v1/catalogues lists them.`);
}

/** The body as text (at most MAX_CATALOGUE_BYTES), with a format hint from its Content-Type. */
async function readCatalogueBody(c: Context): Promise<{ text: string; hint: string }> {
  const type = c.req.header('content-type') ?? '';
  const known = TYPES.find(([re]) => re.test(type));
  if (!known) throw new ApiError('unsupported-media-type', `Content-Type is "${type || 'missing'}"; send the catalogue as application/json, application/yaml, text/csv or text/plain.`);
  const tooLarge = () => new ApiError('body-too-large', `The catalogue is over the limit of ${MAX_CATALOGUE_BYTES / 1024 / 1024} MB.`, { connection: 'close' });
  if (Number(c.req.header('content-length') ?? NaN) > MAX_CATALOGUE_BYTES) throw tooLarge();
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await readBodyBytes(c, MAX_CATALOGUE_BYTES, tooLarge));
  if (!text.trim()) throw new ApiError('bad-request', 'The body is empty: send the catalogue (JSON, YAML or CSV) as the body.');
  return { text, hint: known[1] };
}
