// A real crash of `claimtrail serve`: the process killed with SIGKILL while an ingest job is half done. The next
// server on the same store resumes the job by itself, and every item ends up stored exactly once; the SQLite file
// and its full-text index pass their integrity checks. (lifecycle.test.ts writes the rows a killed server leaves;
// this one kills one.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../store/index.js';

const TOKEN = 'kill-test-token-4d2a';
const CLI = new URL('../cli/dev.ts', import.meta.url).pathname;
const ITEMS = 24;

/** Short articles of our own, each different (its number, place and day), so none is a duplicate of another. */
function items(): { text: string; outlet: string; url: string }[] {
  const places = ['the harbour', 'the old town', 'the north bridge', 'the rail depot', 'the market hall', 'the river bank'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return Array.from({ length: ITEMS }, (_, i) => ({
    text: `Council note ${i + 1}. The city council said on ${days[i % days.length]} that repairs at ${places[i % places.length]} would take ${i + 3} weeks. Residents asked for ${i + 2} more buses during the works, a spokesman said.`,
    outlet: 'Example Gazette',
    url: `https://example.org/council/${i + 1}`,
  }));
}

async function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0'], { env: { ...process.env, CLAIMTRAIL_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /claimtrail serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve stopped (exit ${code}): ${err}`)));
  });
  return { child, url };
}

interface Job {
  status: string;
  progress: { stored?: number };
  error: string | null;
}

async function job(url: string, id: string): Promise<Job> {
  return (await fetch(`${url}/api/v1/ingest/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json() as Promise<Job>;
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, seconds: number): Promise<T> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${seconds} s (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('serve killed with SIGKILL mid-ingest: the next server resumes the job; every item stored once; store intact', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-kill-'));
  const db = join(dir, 'corpus.db');
  let running: ChildProcess | null = null;
  try {
    await (await openStore(db)).close(); // serve opens an existing store only
    const first = await serve(db);
    running = first.child;
    const res = await fetch(`${first.url}/api/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ items: items() }) });
    assert.equal(res.status, 202, await res.clone().text());
    const { id } = (await res.json()) as { id: string };
    // Killed once some items are stored and before all are.
    const cut = await until('a part of the job stored', () => job(first.url, id), (j) => (j.progress.stored ?? 0) >= 1 || j.status === 'done', 120);
    assert.notEqual(cut.status, 'done', 'the job was still under way when the server was killed');
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    running = null;

    const second = await serve(db);
    running = second.child;
    const end = await until('the job resumed and done', () => job(second.url, id), (j) => !['queued', 'running'].includes(j.status), 180);
    assert.equal(end.status, 'done', String(end.error));
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    running = null;

    const check = new Database(db, { readonly: true });
    try {
      const rows = check.prepare('SELECT url, count(*) AS n FROM documents GROUP BY url').all() as { url: string; n: number }[];
      assert.equal(rows.length, ITEMS, 'every item stored');
      assert.deepEqual(rows.filter((r) => r.n !== 1), [], 'none stored twice');
      assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      check.close();
    }
    const fts = new Database(db);
    try {
      fts.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')"); // throws on a damaged index
    } finally {
      fts.close();
    }
  } finally {
    running?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
