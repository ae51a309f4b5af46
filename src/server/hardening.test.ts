// Issue 17: server holes an attack run found — file reads through /ingest, DNS rebinding, unbounded /analyze.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Hono } from 'hono';
import { AnalysisPool } from './analysis-pool.js';
import { allowedHosts, hostCheck, hostName } from './host-check.js';
import { confinePaths } from './ingest-roots.js';
import { ApiError } from './problems.js';
import { rateLimit } from './rate-limit.js';
import { startTestServer, TEST_TOKEN, type TestServer } from './test-server.js';

let server: TestServer;
let root = '';
let secret = '';

before(async () => {
  server = await startTestServer();
  root = join(server.dir, 'allowed');
  mkdirSync(root);
  writeFileSync(join(root, 'ok.txt'), 'Port reopens\n\nThe harbour authority said on Friday that the port had reopened after the storm.\n');
  secret = join(server.dir, 'secret.txt');
  writeFileSync(secret, 'password=hunter2 — a secret the server can read');
  symlinkSync(secret, join(root, 'link-to-secret.txt'));
});
after(() => server.stop());

const auth = { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' };

test('ingest by server paths is off by default: 403, and the file never reaches the corpus', async () => {
  const r = await fetch(`${server.url}/api/v1/ingest`, { method: 'POST', headers: auth, body: JSON.stringify({ paths: [secret] }) });
  assert.equal(r.status, 403);
  assert.match(((await r.json()) as { detail: string }).detail, /--ingest-root/);
  const search = (await (await fetch(`${server.url}/api/v1/search?q=hunter2`)).json()) as { items: unknown[] };
  assert.equal(search.items.length, 0);
});

test('confinePaths: inside a root is allowed; outside, "..", absolute elsewhere and symlinks out are refused', () => {
  const roots = [root];
  assert.deepEqual(confinePaths(['ok.txt'], roots), [join(root, 'ok.txt')]);
  assert.deepEqual(confinePaths([join(root, 'ok.txt')], roots), [join(root, 'ok.txt')]);
  writeFileSync(join(root, '..notes.txt'), 'a file whose name starts with two dots is still inside');
  assert.deepEqual(confinePaths(['..notes.txt'], roots), [join(root, '..notes.txt')]);
  for (const bad of ['../secret.txt', secret, '/etc/passwd', 'link-to-secret.txt']) {
    assert.throws(() => confinePaths([bad], roots), (e: unknown) => e instanceof ApiError && e.code === 'forbidden', bad);
  }
  assert.throws(() => confinePaths(['nothing.txt'], roots), (e: unknown) => e instanceof ApiError && e.code === 'bad-request');
  assert.throws(() => confinePaths(['ok.txt'], []), (e: unknown) => e instanceof ApiError && e.code === 'forbidden');
});

/** A raw request with a chosen Host header (fetch does not let one set it). */
function withHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('DNS rebinding: a foreign Host header gets 421 on reads; local names are served', async () => {
  assert.equal(await withHost(`${server.url}/api/v1/search?q=ISIS`, 'evil.example'), 421);
  assert.equal(await withHost(`${server.url}/api/v1/documents`, 'evil.example:8080'), 421);
  assert.equal(await withHost(`${server.url}/api/v1`, 'localhost:8080'), 200);
  assert.equal(await withHost(`${server.url}/api/v1`, '[::1]:8080'), 200);
  assert.equal(await withHost(`${server.url}/api/v1`, '127.0.0.1'), 200);
});

test('hostName and allowedHosts: ports stripped, IPv6 kept in brackets, operator names added', () => {
  assert.equal(hostName('LocalHost:80'), 'localhost');
  assert.equal(hostName('[::1]:8080'), '[::1]');
  assert.equal(hostName('claimtrail.example.org'), 'claimtrail.example.org');
  const names = allowedHosts('10.0.0.5', ['news.example:443']);
  assert.ok(names.has('10.0.0.5') && names.has('news.example') && names.has('localhost'));
  assert.ok(!allowedHosts('0.0.0.0', []).has('0.0.0.0'));
});

test('hostCheck answers 421 as problem+json through the app error path', async () => {
  const app = new Hono();
  app.use('*', hostCheck(allowedHosts(undefined, [])));
  app.get('/x', (c) => c.text('ok'));
  app.onError((e, c) => c.json({ code: (e as ApiError).code }, 421));
  assert.equal((await app.request('http://localhost/x')).status, 200);
  assert.equal((await app.request('http://evil.example/x')).status, 421);
});

test('anonymous analyse has a lower body limit than with the token', async () => {
  const text = `${'The minister said the port reopened. '.repeat(40_000)}`; // ~1.5 MB
  const anonymous = await fetch(`${server.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  assert.equal(anonymous.status, 413);
  // with the token the same body is read (an unknown field then makes it a quick 400 instead of a long analysis)
  const trusted = await fetch(`${server.url}/api/v1/analyze`, { method: 'POST', headers: auth, body: JSON.stringify({ text, unknownField: 1 }) });
  assert.equal(trusted.status, 400);
});

test('rate limit: a client over its burst gets 429 with Retry-After; the token holder is exempt', async () => {
  let now = 0;
  const app = new Hono();
  app.use('*', rateLimit({ burst: 2, perMinute: 60 }, (c) => c.req.header('authorization') === 'ok', () => now));
  app.get('/x', (c) => c.text('ok'));
  app.onError((e, c) => c.json({ code: (e as ApiError).code }, 429, (e as ApiError).headers));
  assert.equal((await app.request('/x')).status, 200);
  assert.equal((await app.request('/x')).status, 200);
  const third = await app.request('/x');
  assert.equal(third.status, 429);
  assert.equal(third.headers.get('retry-after'), '1');
  assert.equal((await app.request('/x', { headers: { authorization: 'ok' } })).status, 200);
  now += 1000;
  assert.equal((await app.request('/x')).status, 200);
});

test('analysis pool: an analysis over its time is stopped (422) and the pool goes on; a full queue answers 503', async () => {
  const pool = new AnalysisPool(1, { timeoutMs: 1, maxQueue: 1 });
  try {
    const slow = pool.analyze({ text: 'The minister said the port reopened after the storm.', name: 'a' });
    const queued = pool.analyze({ text: 'The minister said the port reopened after the storm.', name: 'b' });
    await assert.rejects(pool.analyze({ text: 'x', name: 'c' }), (e: unknown) => e instanceof ApiError && e.code === 'busy' && e.headers['retry-after'] === '5');
    await assert.rejects(slow, (e: unknown) => e instanceof ApiError && e.code === 'analysis-too-slow');
    await assert.rejects(queued, (e: unknown) => e instanceof ApiError && e.code === 'analysis-too-slow');
  } finally {
    await pool.close();
  }
  const roomy = new AnalysisPool(1, { timeoutMs: 60_000, maxQueue: 4 });
  try {
    const doc = await roomy.analyze({ text: 'The minister said the port reopened after the storm.', name: 'ok' });
    assert.ok(doc.text.includes('port'));
  } finally {
    await roomy.close();
  }
});

test('read token: with one set, API reads need it (or the write token); the OpenAPI description stays open', async () => {
  const shared = await startTestServer({ readToken: 'read-token-7c1e' });
  try {
    const none = await fetch(`${shared.url}/api/v1/search?q=ISIS`);
    assert.equal(none.status, 401);
    assert.equal(none.headers.get('content-type')?.split(';')[0], 'application/problem+json');
    assert.equal((await fetch(`${shared.url}/api/v1/search?q=ISIS`, { headers: { authorization: 'Bearer wrong' } })).status, 401);
    assert.equal((await fetch(`${shared.url}/api/v1/search?q=ISIS`, { headers: { authorization: 'Bearer read-token-7c1e' } })).status, 200);
    assert.equal((await fetch(`${shared.url}/api/v1/documents`, { headers: { authorization: `Bearer ${TEST_TOKEN}` } })).status, 200);
    assert.equal((await fetch(`${shared.url}/openapi.json`)).status, 200);
  } finally {
    await shared.stop();
  }
  assert.equal((await fetch(`${server.url}/api/v1/documents`)).status, 200, 'without a read token reads stay open');
});
