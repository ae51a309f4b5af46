// POST /api/v1/ingest (token): articles in the body, or files on the server's disk, stored by a background job.
// GET /api/v1/ingest/{job}: its progress. GET /api/v1/ingest: the recent jobs. Jobs are kept in the store (jobs.ts).
import type { App, ServerDeps } from '../context.js';
import type { Jobs } from '../jobs.js';
import { needStore } from '../context.js';
import { readParams } from '../params.js';
import { confinePaths } from '../ingest-roots.js';
import { ApiError } from '../problems.js';
import { onlyFields, readJsonBody, requireToken } from '../security.js';

const ITEM_FIELDS = ['text', 'html', 'url', 'title', 'published', 'outlet', 'language'];
const MAX_ITEMS = 10_000;

function items(value: unknown): Record<string, string>[] {
  if (!Array.isArray(value) || !value.length) throw new ApiError('bad-request', '"items" must be a non-empty array of articles: {"text" or "html", "url", "title", "published", "outlet", "language"}.');
  if (value.length > MAX_ITEMS) throw new ApiError('bad-request', `${value.length} items is more than ${MAX_ITEMS} in one request; send them in several.`);
  return value.map((item: unknown, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new ApiError('bad-request', `items[${i}] is not an object.`);
    const entries = Object.entries(item as Record<string, unknown>);
    for (const [key, v] of entries) {
      if (!ITEM_FIELDS.includes(key)) throw new ApiError('bad-request', `items[${i}] has "${key}"; an item takes ${ITEM_FIELDS.join(', ')}.`);
      if (typeof v !== 'string' && v !== null) throw new ApiError('bad-request', `items[${i}].${key} must be a string.`);
    }
    const obj = item as Record<string, string>;
    if (typeof obj.text !== 'string' && typeof obj.html !== 'string') throw new ApiError('bad-request', `items[${i}] has neither "text" nor "html".`);
    return obj;
  });
}

function paths(value: unknown): string[] {
  if (!Array.isArray(value) || !value.length || value.some((p) => typeof p !== 'string' || !p)) throw new ApiError('bad-request', '"paths" must be a non-empty array of file or folder paths under the server\'s --ingest-root folders.');
  return value as string[];
}

function jobsOf(deps: ServerDeps): Jobs {
  needStore(deps);
  return deps.jobs as Jobs;
}

export function ingestRoutes(app: App, deps: ServerDeps): void {
  app.post('/api/v1/ingest', requireToken(deps.token), async (c) => {
    const jobs = jobsOf(deps);
    const body = await readJsonBody(c, deps.limits.ingestBytes);
    onlyFields(body, ['items', 'paths'], 'POST /api/v1/ingest');
    if ((body.items === undefined) === (body.paths === undefined)) throw new ApiError('bad-request', 'Send either "items" (articles) or "paths" (files or folders on the server), not both or neither.');
    const job = await jobs.submit(body.items !== undefined ? { items: items(body.items) } : { paths: confinePaths(paths(body.paths), deps.ingestRoots) });
    c.header('location', `/api/v1/ingest/${job.id}`);
    return c.json(job, 202);
  });

  app.get('/api/v1/ingest', async (c) => {
    readParams(c, {});
    return c.json({ items: await jobsOf(deps).list() });
  });

  app.get('/api/v1/ingest/:job', async (c) => {
    readParams(c, {});
    const job = await jobsOf(deps).get(c.req.param('job'));
    if (!job) throw new ApiError('job-not-found', `There is no ingest job "${c.req.param('job')}" in this corpus (GET /api/v1/ingest lists the recent ones).`);
    return c.json(job);
  });
}
