// A real crash of `claimtrail serve`: the process killed with SIGKILL while an ingest job is half done. The next
// server on the same store resumes the job by itself, and every item ends up stored exactly once; the SQLite file
// and its full-text index pass their integrity checks. (lifecycle.test.ts writes the rows a killed server leaves;
// this one kills one.) Then several servers on one store: a live server's job is never taken by another; a killed
// server's job is taken by a live one once its lease lapses; jobs left by a stopped server run once, though two
// servers start on them at once; the killed-server case again on PostgreSQL, where a server answers (jobs.ts: owner and
// lease; jobs-lease.test.ts tests the same in one process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../store/index.js';
import { createTestDatabase } from '../store/postgres/test-db.js';

const TOKEN = 'kill-test-token-4d2a';
const CLI = new URL('../cli/dev.ts', import.meta.url).pathname;
const ITEMS = 24;
/** The job lease of the servers here, in seconds (30 by default): short, so that a killed server's job is taken soon. */
const LEASE = 2;

/** Short articles of our own, each different (its number, place and day), so none is a duplicate of another. */
function items(from = 0, count = ITEMS): { text: string; outlet: string; url: string }[] {
  const places = ['the harbour', 'the old town', 'the north bridge', 'the rail depot', 'the market hall', 'the river bank'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return Array.from({ length: count }, (_, k) => from + k).map((i) => ({
    text: `Council note ${i + 1}. The city council said on ${days[i % days.length]} that repairs at ${places[i % places.length]} would take ${i + 3} weeks. Residents asked for ${i + 2} more buses during the works, a spokesman said.`,
    outlet: 'Example Gazette',
    url: `https://example.org/council/${i + 1}`,
  }));
}

interface Server {
  child: ChildProcess;
  url: string;
  /** What it has written to stderr so far (its job lines among it). */
  err: () => string;
}

async function serve(db: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--db', db, '--port', '0', '--job-lease', String(LEASE)], { env: { ...process.env, CLAIMTRAIL_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /claimtrail serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve stopped (exit ${code}): ${err}`)));
  });
  return { child, url, err: () => err };
}

/** The servers (owner ids) that started running a job, from their stderr lines. */
function runs(servers: Server[], id: string): string[] {
  return servers.flatMap((s) => [...s.err().matchAll(new RegExp(`ingest job ${id}: running on server ([0-9a-f-]+)`, 'g'))].map((m) => m[1]));
}

async function submit(server: Server, articles: object[]): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/ingest`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ items: articles }) });
  assert.equal(res.status, 202, await res.clone().text());
  return ((await res.json()) as { id: string }).id;
}

async function stop(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill(signal);
  await exited;
}

/** Every item stored once; the SQLite file and its full-text index pass their integrity checks. */
function checkStore(db: string, count: number): void {
  const check = new Database(db, { readonly: true });
  try {
    const rows = check.prepare('SELECT url, count(*) AS n FROM documents GROUP BY url').all() as { url: string; n: number }[];
    assert.equal(rows.length, count, 'every item stored');
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
}

interface Job {
  status: string;
  progress: { stored?: number; skipped?: number; duplicates?: number };
  problems: string[];
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
  const servers: Server[] = [];
  try {
    await (await openStore(db)).close(); // serve opens an existing store only
    const first = await serve(db);
    servers.push(first);
    const id = await submit(first, items());
    // Killed once some items are stored and before all are.
    const cut = await until('a part of the job stored', () => job(first.url, id), (j) => (j.progress.stored ?? 0) >= 1 || j.status === 'done', 120);
    assert.notEqual(cut.status, 'done', 'the job was still under way when the server was killed');
    await stop(first, 'SIGKILL');

    const second = await serve(db);
    servers.push(second);
    const end = await until('the job resumed and done', () => job(second.url, id), (j) => !['queued', 'running'].includes(j.status), 180);
    assert.equal(end.status, 'done', String(end.error));
    assert.equal(runs([second], id).length, 1, 'the next server ran it once');
    await stop(second, 'SIGTERM');
    checkStore(db, ITEMS);
  } finally {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two servers on one store: a live server\'s job is never taken; killed with SIGKILL, its job goes to the other once the lease lapses', { timeout: 360_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-kill-two-'));
  const db = join(dir, 'corpus.db');
  const servers: Server[] = [];
  try {
    await (await openStore(db)).close();
    const a = await serve(db);
    servers.push(a);

    // A's job runs to its end on A, though B starts while it runs (a server starting used to take every job left
    // running) and then looks for jobs to take every third of a second.
    // Long enough to outlast two leases on a fast machine too (48, 192 and 960 items took 3.3–3.8 s, under the 4 s needed, on a quieter one).
    const FIRST = 100 * ITEMS;
    const kept = await submit(a, items(0, FIRST));
    await until('the job running on A', () => job(a.url, kept), (j) => j.status !== 'queued', 120);
    const b = await serve(db);
    servers.push(b);
    assert.equal((await job(a.url, kept)).status, 'running', 'B was up while the job ran, else this shows nothing');
    const done = await until('the job done on A', () => job(a.url, kept), (j) => !['queued', 'running'].includes(j.status), 180);
    assert.equal(done.status, 'done', String(done.error));
    assert.deepEqual(done.problems, [], 'not resumed: no server took it over');
    assert.deepEqual([done.progress.stored, done.progress.skipped, done.progress.duplicates], [FIRST, 0, 0]);
    assert.equal(runs([a, b], kept).length, 1, 'run once');
    assert.deepEqual(runs([b], kept), [], 'B never ran it');
    const times = new Database(db, { readonly: true });
    const { started, finished } = times.prepare('SELECT started, finished FROM ingest_jobs WHERE id = ?').get(kept) as { started: string; finished: string };
    times.close();
    assert.ok(Date.parse(finished) - Date.parse(started) > 2 * LEASE * 1000, `the job outlasted two leases (${started} → ${finished}), else this shows nothing`);

    // A killed mid-job: B takes the job once A's lease has lapsed, and finishes it.
    const cutId = await submit(a, items(FIRST));
    const cut = await until('a part of the second job stored', () => job(a.url, cutId), (j) => (j.progress.stored ?? 0) >= 1 || j.status === 'done', 120);
    assert.notEqual(cut.status, 'done', 'the job was still under way when A was killed');
    await stop(a, 'SIGKILL');
    const end = await until('the job taken by B and done', () => job(b.url, cutId), (j) => !['queued', 'running'].includes(j.status), 180);
    assert.equal(end.status, 'done', String(end.error));
    assert.equal(runs([b], cutId).length, 1, 'B ran it once');
    assert.match(b.err(), new RegExp(`ingest job ${cutId}: running on server [0-9a-f-]+, resumed`));
    await stop(b, 'SIGTERM');
    checkStore(db, FIRST + ITEMS);
  } finally {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two servers started at once on jobs a stopped server left queued and running: every job run once, every item stored once', { timeout: 360_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-kill-left-'));
  const db = join(dir, 'corpus.db');
  const servers: Server[] = [];
  const left = [0, 1, 2].map((j) => ({ id: `left-${j}`, items: items(j * 4, 4) }));
  try {
    const store = await openStore(db);
    for (const [j, { id, items: articles }] of left.entries()) {
      // As a killed server left them: its lease lapsed long ago.
      await store.run("INSERT INTO ingest_jobs (id, status, created, input, progress, problems, owner, leased_until) VALUES (?, ?, ?, ?, '{}', '[]', 'killed-server', '2026-01-01T00:01:00.000Z')", [
        id,
        j === 0 ? 'running' : 'queued',
        `2026-01-01T00:00:0${j}.000Z`,
        JSON.stringify({ items: articles.length, resume: articles }),
      ]);
    }
    await store.close();
    servers.push(...(await Promise.all([serve(db), serve(db)])));
    for (const { id, items: articles } of left) {
      const end = await until(`${id} done`, () => job(servers[0].url, id), (j) => !['queued', 'running'].includes(j.status), 240);
      assert.equal(end.status, 'done', String(end.error));
      assert.deepEqual([end.progress.stored, end.progress.skipped, end.progress.duplicates], [articles.length, 0, 0], `${id} run once`);
      assert.equal(runs(servers, id).length, 1, `${id} started once`);
    }
    for (const s of servers) await stop(s, 'SIGTERM');
    checkStore(db, 12);
  } finally {
    for (const s of servers) s.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL: two servers on one database; one killed with SIGKILL mid-job, the other takes its job once the lease lapses; each item stored once', { timeout: 300_000 }, async (t) => {
  const pg = await createTestDatabase();
  if ('skip' in pg) return t.skip(pg.skip);
  const servers: Server[] = [];
  try {
    await (await openStore(pg.url)).close();
    const [a, b] = await Promise.all([serve(pg.url), serve(pg.url)]);
    servers.push(a, b);
    const id = await submit(a, items());
    const cut = await until('a part of the job stored', () => job(a.url, id), (j) => (j.progress.stored ?? 0) >= 1 || j.status === 'done', 120);
    assert.notEqual(cut.status, 'done', 'the job was still under way when A was killed');
    assert.deepEqual(runs([b], id), [], 'B left it to A while A lived');
    await stop(a, 'SIGKILL');
    const end = await until('the job taken by B and done', () => job(b.url, id), (j) => !['queued', 'running'].includes(j.status), 180);
    assert.equal(end.status, 'done', String(end.error));
    assert.equal(runs([b], id).length, 1, 'B ran it once');
    await stop(b, 'SIGTERM');
    const store = await openStore(pg.url);
    try {
      const rows = await store.all<{ url: string; n: number }>('SELECT url, count(*) AS n FROM documents GROUP BY url');
      assert.equal(rows.length, ITEMS, 'every item stored');
      assert.deepEqual(rows.filter((r) => Number(r.n) !== 1), [], 'none stored twice');
    } finally {
      await store.close();
    }
  } finally {
    for (const s of servers) s.child.kill('SIGKILL');
    await pg.drop();
  }
});
