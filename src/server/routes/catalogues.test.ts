// The catalogue routes over HTTP: token, validation as problem+json, storage, and the re-scoring job they start.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, TEST_TOKEN, type TestServer } from '../test-server.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(async () => {
  await server.stop();
});

const CSV = 'id,title,example,keywords\nrain-plot,Rain is a plot,The rain over Paris was made by a weather machine.,weather machine\n';

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; json: Record<string, unknown> }> {
  const res = await fetch(`${server.url}${path}`, { method, body, headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', json: (await res.json()) as Record<string, unknown> };
}
const auth = { authorization: `Bearer ${TEST_TOKEN}` };

async function finished(id: number): Promise<Record<string, unknown>> {
  for (let i = 0; i < 600; i++) {
    const { json } = await call('GET', `/api/v1/jobs/${id}`);
    if (json.status !== 'queued' && json.status !== 'running') return json;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`job ${id} did not finish`);
}

test('PUT without a token is 401; a bad catalogue is 400 problem+json naming line and field', async () => {
  const anonymous = await call('PUT', '/api/v1/catalogues/rain', CSV, { 'content-type': 'text/csv' });
  assert.equal(anonymous.status, 401);
  const bad = await call('PUT', '/api/v1/catalogues/rain', 'id,title,example,language\nrain-plot,Rain,x,english\n', { ...auth, 'content-type': 'text/csv' });
  assert.equal(bad.status, 400);
  assert.match(bad.type, /application\/problem\+json/);
  assert.equal(bad.json.code, 'catalogue-invalid');
  assert.match(String(bad.json.detail), /line 2, narrative "rain-plot", column "language": "english" is not an ISO 639-1 code/);
  const yaml = await call('PUT', '/api/v1/catalogues/rain', '- id: a\n  examples: [x]\n', { ...auth, 'content-type': 'application/yaml' });
  assert.match(String(yaml.json.detail), /line 1, narrative "a", field "title": missing/);
  assert.equal((await call('PUT', '/api/v1/catalogues/rain', '{}', { ...auth, 'content-type': 'image/png' })).status, 415);
  assert.equal((await call('PUT', '/api/v1/catalogues/a%2Fb', CSV, { ...auth, 'content-type': 'text/csv' })).status, 400);
  assert.deepEqual((await call('GET', '/api/v1/catalogues')).json.items, []);
});

test('PUT stores a catalogue and re-scores the corpus (progress through /jobs/{id}); GET lists and reads it; DELETE removes it', async () => {
  const put = await call('PUT', '/api/v1/catalogues/rain', CSV, { ...auth, 'content-type': 'text/csv' });
  assert.equal(put.status, 201);
  const catalogue = put.json.catalogue as Record<string, unknown>;
  assert.deepEqual([catalogue.name, catalogue.format, catalogue.version, catalogue.narratives, catalogue.examples], ['rain', 'csv', 1, 1, 1]);
  const job = put.json.job as { id: number; progress: { total: number } };
  const documents = (await server.store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n;
  assert.equal(job.progress.total, documents);
  const done = await finished(job.id);
  assert.equal(done.status, 'done');
  assert.deepEqual(done.progress, { done: documents, total: documents });

  const again = await call('PUT', '/api/v1/catalogues/rain', CSV, { ...auth, 'content-type': 'text/plain' });
  assert.deepEqual([again.status, again.json.changed, again.json.job], [200, false, null]);
  const list = await call('GET', '/api/v1/catalogues');
  assert.deepEqual((list.json.items as { name: string }[]).map((c) => c.name), ['rain']);
  assert.equal((list.json.rescore as { id: number }).id, job.id);
  const one = await call('GET', '/api/v1/catalogues/rain');
  assert.equal(one.json.content, CSV);
  assert.equal((await call('GET', '/api/v1/catalogues/nothing')).status, 404);
  assert.equal((await call('GET', '/api/v1/jobs')).status, 200);
  assert.equal((await call('GET', '/api/v1/jobs/999999')).status, 404);

  assert.equal((await call('DELETE', '/api/v1/catalogues/rain')).status, 401);
  const deleted = await call('DELETE', '/api/v1/catalogues/rain', undefined, auth);
  assert.equal(deleted.status, 200);
  assert.equal((await finished((deleted.json.job as { id: number }).id)).status, 'done');
  assert.equal((await call('DELETE', '/api/v1/catalogues/rain', undefined, auth)).status, 404);
});

test('an article ingested through the API after an upload is matched against the store\'s catalogue', async () => {
  const put = await call('PUT', '/api/v1/catalogues/rain2', CSV, { ...auth, 'content-type': 'text/csv' });
  await finished((put.json.job as { id: number }).id);
  const text = 'Officials deny it, but a weather machine made the rain over Paris last week, the blogger wrote.';
  const ingest = await call('POST', '/api/v1/ingest', JSON.stringify({ items: [{ text, url: 'https://example.org/rain', title: 'Rain' }] }), { ...auth, 'content-type': 'application/json' });
  assert.equal(ingest.status, 202);
  await server.deps.jobs?.idle();
  const row = await server.store.get<{ narrative: string }>("SELECT dn.narrative FROM doc_narratives dn JOIN documents d ON d.id = dn.doc WHERE d.url = 'https://example.org/rain'");
  assert.equal(row?.narrative, 'rain-plot');
});
