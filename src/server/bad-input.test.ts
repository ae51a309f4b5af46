// Bad input over real HTTP on 127.0.0.1: each gets its status code and a problem+json body, and the server keeps
// serving afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startTestServer, TEST_TOKEN, type TestServer } from './test-server.js';

let s: TestServer;
test.before(async () => {
  s = await startTestServer();
});
test.after(() => s.stop());

async function problem(res: Response, status: number, code: string): Promise<Record<string, unknown>> {
  assert.equal(res.status, status, `${res.url}: status`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(body.code, code);
  assert.equal(body.status, status);
  assert.ok(typeof body.detail === 'string' && body.detail.length > 10, 'a detail a person can read');
  return body;
}

async function stillServing(): Promise<void> {
  const res = await fetch(`${s.url}/api/v1/documents?limit=1`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { items: unknown[] }).items.length, 1);
}

const post = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** Streams `total` bytes of a JSON string to the server and returns its answer, which may come before the end. */
function sendLarge(path: string, total: number, declareLength: boolean): Promise<{ status: number; body: string; type: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) });
      });
    });
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    const chunk = Buffer.alloc(1 << 20, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < total && !req.destroyed) {
        const first = sent === 0 ? Buffer.from('{"text":"') : null;
        const piece = first ?? chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

test('malformed JSON is a 400 bad-json naming the parse error', async () => {
  const body = await problem(await post('/api/v1/analyze', '{"text": "unfinished'), 400, 'bad-json');
  assert.match(String(body.detail), /JSON/);
  await problem(await post('/api/v1/analyze', '[1, 2]'), 400, 'bad-request');
  await problem(await post('/api/v1/analyze', '{"text": "a", "html": "<p>b</p>"}'), 400, 'bad-request');
  await problem(await post('/api/v1/analyze', '{"txt": "typo"}'), 400, 'bad-request');
  await problem(await fetch(`${s.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }), 415, 'unsupported-media-type');
  await stillServing();
});

test('a 100 MB body is refused with 413 before it is read, declared or streamed', async () => {
  const declared = await sendLarge('/api/v1/analyze', 100 * 1024 * 1024, true);
  assert.equal(declared.status, 413);
  assert.match(declared.type, /problem\+json/);
  assert.equal(JSON.parse(declared.body).code, 'body-too-large');
  const streamed = await sendLarge('/api/v1/analyze', 12 * 1024 * 1024, false);
  assert.equal(streamed.status, 413);
  await stillServing();
});

test('an unknown route is a 404, a wrong method a 405 with Allow, an unknown parameter a 400', async () => {
  await problem(await fetch(`${s.url}/api/v1/nothing-here`), 404, 'not-found');
  await problem(await fetch(`${s.url}/no/such/page`), 404, 'not-found');
  const wrong = await fetch(`${s.url}/api/v1/documents`, { method: 'DELETE' });
  assert.equal(wrong.headers.get('allow'), 'GET');
  await problem(wrong, 405, 'method-not-allowed');
  const body = await problem(await fetch(`${s.url}/api/v1/documents?langauge=en`), 400, 'unknown-parameter');
  assert.match(String(body.detail), /langauge/);
  await problem(await fetch(`${s.url}/api/v1/documents?limit=-3`), 400, 'bad-parameter');
  await problem(await fetch(`${s.url}/api/v1/documents?from=yesterday`), 400, 'bad-parameter');
  await problem(await fetch(`${s.url}/api/v1/documents?cursor=not-a-cursor`), 400, 'bad-cursor');
  await problem(await fetch(`${s.url}/api/v1/documents/1/export?format=docx`), 400, 'bad-parameter');
  await stillServing();
});

test('writing without a token, or with a wrong one, is a 401; nothing is queued', async () => {
  const items = JSON.stringify({ items: [{ text: 'A short article of our own.' }] });
  const none = await post('/api/v1/ingest', items);
  assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
  await problem(none, 401, 'unauthorized');
  await problem(await post('/api/v1/ingest', items, { authorization: `Bearer ${TEST_TOKEN}x` }), 401, 'unauthorized');
  await problem(await post('/api/v1/ingest', items, { authorization: 'Bearer ' }), 401, 'unauthorized');
  await problem(await post('/api/v1/ingest', items, { authorization: `Basic ${TEST_TOKEN}` }), 401, 'unauthorized');
  assert.equal((await s.deps.jobs?.list())?.length, 0);
  await stillServing();
});

test('a document, cluster, speaker, outlet, narrative or job that does not exist is a 404', async () => {
  await problem(await fetch(`${s.url}/api/v1/documents/999999`), 404, 'document-not-found');
  await problem(await fetch(`${s.url}/api/v1/documents/abc`), 404, 'document-not-found');
  await problem(await fetch(`${s.url}/api/v1/documents/999999/export?format=csv`), 404, 'document-not-found');
  await problem(await fetch(`${s.url}/api/v1/claims/999999`), 404, 'resource-not-found');
  await problem(await fetch(`${s.url}/api/v1/speakers/${encodeURIComponent('Nobody Atall')}`), 404, 'resource-not-found');
  await problem(await fetch(`${s.url}/api/v1/outlets/Nowhere%20Times`), 404, 'resource-not-found');
  await problem(await fetch(`${s.url}/api/v1/narratives/no-such-narrative`), 404, 'resource-not-found');
  await problem(await fetch(`${s.url}/api/v1/ingest/0000`), 404, 'job-not-found');
  await stillServing();
});

test('a search the full-text engine cannot read is a 400 search-syntax', async () => {
  const q = (query: string) => fetch(`${s.url}/api/v1/search?q=${encodeURIComponent(query)}`);
  const body = await problem(await q('"United States created'), 400, 'search-syntax');
  assert.match(String(body.detail), /unbalanced quotation mark/);
  await problem(await q('(( -- ::'), 400, 'search-syntax');
  await problem(await q('* ISIS'), 400, 'search-syntax');
  await problem(await fetch(`${s.url}/api/v1/search`), 400, 'bad-parameter');
  await problem(await fetch(`${s.url}/api/v1/export?q=${encodeURIComponent('"open')}`), 400, 'search-syntax');
  await stillServing();
});

test('an article the analysis cannot use is a 422 with the analyser\'s message', async () => {
  const body = await problem(await post('/api/v1/analyze', JSON.stringify({ html: '<html><body><script>x()</script></body></html>' })), 422, 'unprocessable-input');
  assert.ok(body.claimtrailCode);
  await stillServing();
});
