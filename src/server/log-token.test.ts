// No log line of the server carries the write token: requests that fail on our side (500, logged with their stack)
// and refused ones, with the token in the Authorization header or a wrong one. (A URL is logged as it is: the token
// belongs in the header, never in a path.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';

const TOKEN = 'secret-token-9d2c4e1a';

test('the log never shows the token, also when requests carrying it fail with a 500', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-logtoken-'));
  const store = await openStore(join(dir, 'c.db'));
  const logged: string[] = [];
  const { app, deps } = createApp({ store, token: TOKEN, webRoot: null, log: (l) => logged.push(l) });
  try {
    await store.close(); // every store call now throws: the server's own failure path runs and logs
    const h = { host: '127.0.0.1', authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const statuses = [
      (await app.request('/api/v1/documents/1', { method: 'DELETE', headers: h })).status,
      (await app.request(`/api/v1/sources/${encodeURIComponent('feeds/a.rss')}`, { method: 'DELETE', headers: h })).status,
      (await app.request('/api/v1/ingest', { method: 'POST', headers: h, body: JSON.stringify({ items: [{ text: `an article mentioning ${TOKEN}` }] }) })).status,
      (await app.request('/api/v1/search?q=ISIS', { headers: h })).status,
      (await app.request('/api/v1/documents/1', { method: 'DELETE', headers: { ...h, authorization: `Bearer ${TOKEN}x` } })).status,
    ];
    assert.ok(statuses.filter((s) => s >= 500).length >= 3, `failures of ours were provoked: ${statuses.join(' ')}`);
    assert.ok(logged.length >= 3, 'they were logged');
    for (const line of logged) assert.ok(!line.includes(TOKEN), `a log line shows the token: ${line.slice(0, 200)}`);
  } finally {
    await deps.analysis.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the log never shows the read token either, when reads carrying it fail with a 500', async () => {
  const READ = 'read-secret-4f8a61';
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-logtoken-'));
  const store = await openStore(join(dir, 'c.db'));
  const logged: string[] = [];
  const { app, deps } = createApp({ store, token: TOKEN, readToken: READ, webRoot: null, log: (l) => logged.push(l) });
  try {
    await store.close();
    const h = { host: '127.0.0.1', authorization: `Bearer ${READ}` };
    const statuses = [
      (await app.request('/api/v1/search?q=ISIS', { headers: h })).status,
      (await app.request('/api/v1/documents', { headers: h })).status,
      (await app.request('/api/v1/documents', { headers: { ...h, authorization: `Bearer ${READ}x` } })).status,
    ];
    assert.deepEqual(statuses.map((s) => s >= 500), [true, true, false], `reads failed on our side, the wrong token was refused: ${statuses.join(' ')}`);
    assert.ok(logged.length >= 2);
    for (const line of logged) assert.ok(!line.includes(READ), `a log line shows the read token: ${line.slice(0, 200)}`);
  } finally {
    await deps.analysis.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
