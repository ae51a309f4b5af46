// Other origins and the file system, over real HTTP: a page on another site can neither read the API (no CORS
// header on any answer, a preflight gets no permission) nor write through it with a request a browser sends without
// asking (a form post: text/plain, no token); only the web app's three files are served, by exact name, so no path
// ("..", encoded, doubled slashes) reaches another file; every answer, errors and files included, carries the
// content security policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { startTestServer, type TestServer } from './test-server.js';

const EVIL = 'https://evil.example';
const SECRET = 'the-secret-next-to-the-web-app';

let s: TestServer;
let outer: string;
test.before(async () => {
  // A web root with the app's three files, a file beside them and one above it that must never be served.
  outer = mkdtempSync(join(tmpdir(), 'claimtrail-web-'));
  const web = join(outer, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(web, 'app.js'), 'console.log("app");');
  writeFileSync(join(web, 'app.css'), 'body{}');
  writeFileSync(join(web, 'secret.txt'), SECRET);
  writeFileSync(join(outer, 'secret.txt'), SECRET);
  s = await startTestServer({ webRoot: web });
});
test.after(async () => {
  await s.stop();
  rmSync(outer, { recursive: true, force: true });
});

const corsHeaders = (h: Headers) => [...h.keys()].filter((k) => k.startsWith('access-control-'));

test('another origin gets no CORS permission: reads carry no Access-Control header, a preflight grants nothing', async () => {
  for (const path of ['/api/v1/documents?limit=1', '/api/v1/search?q=ISIS', '/api/v1/narratives', '/openapi.json', '/api/v1/nothing-here']) {
    const res = await fetch(`${s.url}${path}`, { headers: { origin: EVIL } });
    await res.arrayBuffer();
    assert.deepEqual(corsHeaders(res.headers), [], `${path}: no access-control-* header`);
  }
  for (const path of ['/api/v1/analyze', '/api/v1/ingest', '/api/v1/documents/1']) {
    const res = await fetch(`${s.url}${path}`, { method: 'OPTIONS', headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    await res.arrayBuffer();
    assert.deepEqual(corsHeaders(res.headers), [], `preflight ${path}: nothing allowed`);
    assert.ok(res.status >= 400, `preflight ${path}: ${res.status}, not a success`);
  }
});

test('a form post from another site (text/plain, no token) writes nothing: 401 or 415, and no job is queued', async () => {
  const jobsBefore = await (await fetch(`${s.url}/api/v1/jobs`)).text();
  for (const path of ['/api/v1/ingest', '/api/v1/analyze']) {
    const res = await fetch(`${s.url}${path}`, { method: 'POST', headers: { origin: EVIL, 'content-type': 'text/plain' }, body: '{"text":"Hello from elsewhere, said the page."}' });
    await res.arrayBuffer();
    assert.ok([401, 415].includes(res.status), `${path}: ${res.status}`);
    assert.deepEqual(corsHeaders(res.headers), []);
  }
  assert.equal(await (await fetch(`${s.url}/api/v1/jobs`)).text(), jobsBefore, 'the jobs are as they were');
});

/** GET with the path sent exactly as written (fetch would resolve the dots first). */
function rawGet(path: string): Promise<{ status: number; body: string; csp: string | undefined }> {
  return new Promise((resolve, reject) => {
    const url = new URL(s.url);
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, csp: res.headers['content-security-policy'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('only the web app files are served: "..", encoded dots and slashes, doubled slashes never reach another file', async () => {
  for (const name of ['/', '/app.js', '/app.css']) {
    const res = await rawGet(name);
    assert.equal(res.status, 200, name);
    assert.equal(res.csp, CONTENT_SECURITY_POLICY, `${name}: the policy on the app's files`);
  }
  const tries = ['/secret.txt', '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/app.js/../secret.txt', '/app.js/..%2fsecret.txt', '//secret.txt', '/web/secret.txt', '/..%5csecret.txt', '/index.html%00.js', '/api/v1/../../secret.txt', '/api/v1/documents/..%2f..%2fsecret.txt'];
  for (const path of tries) {
    const res = await rawGet(path);
    assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status}`);
    assert.ok(!res.body.includes(SECRET), `${path}: the file's content never comes back`);
    assert.equal(res.csp, CONTENT_SECURITY_POLICY, `${path}: the policy on errors too`);
  }
});
