// claimtrail serve as a process: binds 127.0.0.1, prints where it is and the generated token (kept 0600 beside the
// store and reused), serves, and stops cleanly on SIGTERM; bad options are refused with a usage error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';

const CLI = new URL('../dev.ts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-serve-'));
const db = join(dir, 'corpus.db');
const env = { ...process.env, CLAIMTRAIL_TOKEN: '', CLAIMTRAIL_DB: '' };

test.before(async () => (await storeFixtureCorpus(db)).close());
test.after(() => rmSync(dir, { recursive: true, force: true }));

function start(): Promise<{ url: string; token: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const url = /serve: (http:\/\/[^/\s]+)\//.exec(err)?.[1];
      const token = /write token: in (\S+)|write token \(for POST \/api\/v1\/ingest\): (\S+)/.exec(err);
      if (url && token) resolve({ url, token: token[2] ?? readFileSync(token[1], 'utf8').trim(), stop: () => new Promise((r) => (child.once('exit', (code) => r(code)), child.kill('SIGTERM'))) });
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

test('serve: 127.0.0.1, a generated token kept in FILE.token (0600) and reused, clean stop', async () => {
  const first = await start();
  assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(readFileSync(`${db}.token`, 'utf8').trim(), first.token);
  assert.equal(statSync(`${db}.token`).mode & 0o777, 0o600);
  const res = await fetch(`${first.url}/api/v1/documents?limit=1`);
  assert.equal(res.status, 200);
  const wrong = await fetch(`${first.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer nope' }, body: '{"items":[{"text":"x"}]}' });
  assert.equal(wrong.status, 401);
  assert.equal(await first.stop(), 0);
  const second = await start();
  assert.equal(second.token, first.token, 'the same token after a restart');
  assert.equal(await second.stop(), 0);
});

test('serve: a missing store and a bad port are refused with a clear message', () => {
  const missing = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', join(dir, 'nope.db')], { env, encoding: 'utf8' });
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /No corpus store at .*nope\.db.*claimtrail ingest/);
  const port = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', 'eighty'], { env, encoding: 'utf8' });
  assert.equal(port.status, 2);
  assert.match(port.stderr, /--port must be a port number/);
});
