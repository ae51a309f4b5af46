// claimtrail serve as a process: binds 127.0.0.1, prints where it is and the generated token (kept 0600 beside the
// store and reused), serves, and stops cleanly on SIGTERM; bad options are refused with a usage error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
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

function start(extraEnv: Record<string, string> = {}): Promise<{ url: string; token: string; output: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0'], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const url = /serve: (http:\/\/[^/\s]+)\//.exec(err)?.[1];
      const token = /write token: in (\S+)|write token \(for POST \/api\/v1\/ingest\): (\S+)/.exec(err);
      if (url && token) resolve({ url, token: token[2] ?? readFileSync(token[1], 'utf8').trim(), output: () => err, stop: () => new Promise((r) => (child.once('exit', (code) => r(code)), child.kill('SIGTERM'))) });
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

test('serve: a --job-lease that is no number of seconds, or too short, is one line naming it (exit 2)', () => {
  for (const lease of ['soon', '0', '0.1']) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0', '--job-lease', lease], { env, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.equal(r.stderr.trim(), `claimtrail serve: --job-lease must be a number of seconds from 0.5 to 86400, not "${lease}".`);
  }
});

test('serve: a port out of range, or one in use, is one line naming it (exit 2), not a stack trace', async () => {
  const high = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '99999'], { env, encoding: 'utf8' });
  assert.equal(high.status, 2);
  assert.equal(high.stderr.trim(), 'claimtrail serve: --port must be a port number (0–65535), not "99999".');
  const taken = createServer();
  await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
  const port = (taken.address() as { port: number }).port;
  try {
    const busy = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', String(port)], { env, encoding: 'utf8' });
    assert.equal(busy.status, 2);
    assert.equal(busy.stderr.trim(), `claimtrail serve: Port ${port} on 127.0.0.1 is in use. Pick another with --port.`);
  } finally {
    await new Promise((r) => taken.close(r));
  }
});

test('serve with CLAIMTRAIL_READ_TOKEN: reads need it, and the token is never printed', async () => {
  const READ = 'read-token-from-env-31b7';
  const server = await start({ CLAIMTRAIL_READ_TOKEN: READ });
  try {
    assert.equal((await fetch(`${server.url}/api/v1/documents?limit=1`)).status, 401);
    assert.equal((await fetch(`${server.url}/api/v1/documents?limit=1`, { headers: { authorization: `Bearer ${READ}` } })).status, 200);
    assert.match(server.output(), /reads need the read token \(CLAIMTRAIL_READ_TOKEN\)/);
  } finally {
    assert.equal(await server.stop(), 0);
  }
  assert.ok(!server.output().includes(READ), 'the read token is not in the output');
});
