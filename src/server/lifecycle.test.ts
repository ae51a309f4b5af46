// Data lifecycle over the API: deleting a document or a source (token), and ingest jobs that outlive the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
import { INTERRUPTED, RESUMED } from './jobs.js';
import { startTestServer, TEST_TOKEN, type TestServer } from './test-server.js';

let s: TestServer;
test.before(async () => {
  s = await startTestServer();
});
test.after(() => s.stop());

const auth = { authorization: `Bearer ${TEST_TOKEN}` };
const del = (path: string, headers: Record<string, string> = auth) => fetch(`${s.url}${path}`, { method: 'DELETE', headers });

test('DELETE a document: token needed, unknown id 404, then gone from the document, search and outlet routes', async () => {
  const doc = await s.store.get<{ id: number; title: string; outlet: string }>('SELECT id, title, outlet FROM documents ORDER BY id LIMIT 1');
  assert.ok(doc);
  assert.equal((await del(`/api/v1/documents/${doc.id}`, {})).status, 401);
  assert.equal((await del(`/api/v1/documents/${doc.id}`, { authorization: `Bearer ${TEST_TOKEN}x` })).status, 401);
  const unknown = await del('/api/v1/documents/999999');
  assert.equal(unknown.status, 404);
  assert.equal(((await unknown.json()) as { code: string }).code, 'document-not-found');
  assert.equal((await del('/api/v1/documents/..%2F..%2Fetc')).status, 404, 'a path in the id is no document');
  const outletBefore = ((await (await fetch(`${s.url}/api/v1/outlets/${encodeURIComponent(doc.outlet)}`)).json()) as { articles: number }).articles;

  const res = await del(`/api/v1/documents/${doc.id}`);
  assert.equal(res.status, 200, await res.clone().text());
  assert.deepEqual(((await res.json()) as { deleted: number[] }).deleted, [doc.id]);
  assert.equal((await fetch(`${s.url}/api/v1/documents/${doc.id}`)).status, 404);
  const word = doc.title.match(/\p{L}{6,}/u)?.[0] ?? 'x';
  const search = (await (await fetch(`${s.url}/api/v1/search?q=${encodeURIComponent(word)}`)).json()) as { items?: { doc: number }[]; hits?: { doc: number }[] };
  assert.ok(!(search.items ?? search.hits ?? []).some((h) => h.doc === doc.id));
  const outlet = await fetch(`${s.url}/api/v1/outlets/${encodeURIComponent(doc.outlet)}`);
  if (outlet.status === 200) assert.equal(((await outlet.json()) as { articles: number }).articles, outletBefore - 1);
  else assert.equal(outletBefore, 1);
  assert.equal((await del(`/api/v1/documents/${doc.id}`)).status, 404, 'a second delete finds nothing');
});

test('DELETE a source by its URL-encoded origin: token needed, unknown 404, its documents gone', async () => {
  const src = await s.store.get<{ origin: string; doc: number }>("SELECT origin, doc FROM sources WHERE status = 'stored' ORDER BY doc DESC LIMIT 1");
  assert.ok(src);
  const path = `/api/v1/sources/${encodeURIComponent(src.origin)}`;
  assert.equal((await del(path, {})).status, 401);
  assert.equal((await del(`/api/v1/sources/${encodeURIComponent('no/such/file.jsonl')}`)).status, 404);
  const res = await del(path);
  assert.equal(res.status, 200, await res.clone().text());
  assert.deepEqual(((await res.json()) as { deleted: number[] }).deleted, [src.doc]);
  assert.equal((await fetch(`${s.url}/api/v1/documents/${src.doc}`)).status, 404);
});

test('ingest jobs are kept in the store: visible after a restart; one running at the stop is marked interrupted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-jobs-'));
  const path = join(dir, 'corpus.db');
  try {
    let store = await openStore(path);
    let { app, deps } = createApp({ store, token: TEST_TOKEN, webRoot: null, log: () => undefined });
    const res = await app.request('/api/v1/ingest', { method: 'POST', headers: { ...auth, 'content-type': 'application/json', host: '127.0.0.1' }, body: JSON.stringify({ items: [{ text: 'The minister said on Monday that the bridge would reopen next week after repairs.', outlet: 'Example News' }] }) });
    assert.equal(res.status, 202, await res.clone().text());
    const { id } = (await res.json()) as { id: string };
    await deps.jobs?.close(); // this server takes no more jobs: the row below is for the next one
    await deps.analysis.close();
    // A job another server process left running (it was killed): no owner, no lease, as earlier versions wrote it.
    await store.run("INSERT INTO ingest_jobs (id, status, created, input, progress, problems) VALUES ('stale-job', 'running', '2026-01-01T00:00:00Z', '{\"items\":1}', '{}', '[]')");
    await store.close();

    store = await openStore(path);
    ({ app, deps } = createApp({ store, token: TEST_TOKEN, webRoot: null, log: () => undefined }));
    const get = async (job: string) => (await app.request(`/api/v1/ingest/${job}`, { headers: { host: '127.0.0.1' } })).json() as Promise<{ status: string; progress: { stored: number }; error: string | null }>;
    const done = await get(id);
    assert.equal(done.status, 'done');
    assert.equal(done.progress.stored, 1);
    await deps.jobs?.close(); // recovery has run
    const stale = await get('stale-job');
    assert.equal(stale.status, 'interrupted');
    assert.equal(stale.error, INTERRUPTED);
    const list = (await (await app.request('/api/v1/ingest', { headers: { host: '127.0.0.1' } })).json()) as { items: { id: string }[] };
    assert.deepEqual(list.items.map((j) => j.id).sort(), [id, 'stale-job'].sort());
    assert.equal((await app.request('/api/v1/ingest/nope', { headers: { host: '127.0.0.1' } })).status, 404);
    await deps.analysis.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ingest job queued or running when the server stopped runs again at the restart; stored items are not stored twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-jobs-'));
  const path = join(dir, 'corpus.db');
  const first = { text: 'The harbour master said on Tuesday that the ferry line would resume its winter timetable.', outlet: 'Example News' };
  const second = { text: 'The city council voted on Wednesday to rebuild the old library on the river bank by next autumn.', outlet: 'Example News' };
  const headers = { host: '127.0.0.1' };
  try {
    let store = await openStore(path);
    let { app, deps } = createApp({ store, token: TEST_TOKEN, webRoot: null, log: () => undefined });
    // While a job waits its turn, its record keeps its items; once it has ended, only their count (as the API shows).
    let release: () => void = () => undefined;
    const held = deps.jobs?.exclusive(() => new Promise<void>((r) => (release = r)));
    const res = await app.request('/api/v1/ingest', { method: 'POST', headers: { ...auth, ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ items: [first] }) });
    assert.equal(res.status, 202, await res.clone().text());
    const { id: done } = (await res.json()) as { id: string };
    const recorded = async () => JSON.parse((await store.get<{ input: string }>('SELECT input FROM ingest_jobs WHERE id = ?', [done]))?.input ?? '{}') as unknown;
    assert.deepEqual(await recorded(), { items: 1, resume: [first] });
    release();
    await held;
    await deps.jobs?.close(); // this server takes no more jobs: the rows below are for the next one
    assert.deepEqual(await recorded(), { items: 1 });
    const shown = (await (await app.request(`/api/v1/ingest/${done}`, { headers })).json()) as { input: unknown; status: string };
    assert.deepEqual([shown.status, shown.input], ['done', { items: 1 }]);
    await deps.analysis.close();
    // As a killed server leaves them: one job running (half done: its first item is stored), one still queued.
    const input = (items: object[]) => JSON.stringify({ items: items.length, resume: items });
    await store.run("INSERT INTO ingest_jobs (id, status, created, input, progress, problems) VALUES ('cut-job', 'running', '2026-01-01T00:00:00Z', ?, '{}', '[]')", [input([first, second])]);
    await store.run("INSERT INTO ingest_jobs (id, status, created, input, progress, problems) VALUES ('waiting-job', 'queued', '2026-01-01T00:00:01Z', ?, '{}', '[]')", [input([second])]);
    await store.close();

    store = await openStore(path);
    ({ app, deps } = createApp({ store, token: TEST_TOKEN, webRoot: null, log: () => undefined }));
    await deps.jobs?.close();
    const get = async (job: string) => (await app.request(`/api/v1/ingest/${job}`, { headers })).json() as Promise<{ status: string; problems: string[]; error: string | null; input: unknown }>;
    for (const job of ['cut-job', 'waiting-job']) {
      const j = await get(job);
      assert.equal(j.status, 'done', `${job}: ${j.error}`);
      assert.equal(j.problems[0], RESUMED);
      assert.deepEqual(j.input, { items: job === 'cut-job' ? 2 : 1 });
    }
    const docs = await store.all<{ id: number }>('SELECT id FROM documents');
    assert.equal(docs.length, 2, 'each item stored once');
    await deps.analysis.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
