// Several servers on one store share its ingest jobs (jobs.ts): a job is held with an owner and a lease; another
// server takes it only once the lease has lapsed, by one conditional UPDATE, so no job runs twice and no item is stored
// twice. Two Jobs registries on two connections to one store stand for two server processes (kill.test.ts runs real
// ones); the same on PostgreSQL where a server answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../store/index.js';
import { createTestDatabase } from '../store/postgres/test-db.js';
import { Jobs, RESUMED } from './jobs.js';

const pgDb = await createTestDatabase();
test.after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
});

/** A short article of our own, different for each n (its number, place and day). */
function article(n: number): Record<string, string> {
  const places = ['the harbour', 'the old town', 'the north bridge', 'the rail depot'];
  return { text: `Council note ${n}. The city council said on day ${n} that repairs at ${places[n % places.length]} would take ${n + 3} weeks, a spokesman said.`, outlet: 'Example Gazette', url: `https://example.org/council/${n}` };
}

type Row = { id: string; status: string; owner: string | null; leased_until: string | null; progress: string; problems: string; error: string | null };

/** A job row as a server leaves it: its items kept for a resume, with the owner and lease given. */
async function leaveJob(store: Store, id: string, status: string, items: Record<string, string>[], owner: string | null, leasedUntil: string | null, created = '2026-01-01T00:00:00.000Z'): Promise<void> {
  await store.run("INSERT INTO ingest_jobs (id, status, created, input, progress, problems, owner, leased_until) VALUES (?, ?, ?, ?, '{}', '[]', ?, ?)", [id, status, created, JSON.stringify({ items: items.length, resume: items }), owner, leasedUntil]);
}

const row = async (store: Store, id: string) => (await store.get<Row>('SELECT id, status, owner, leased_until, progress, problems, error FROM ingest_jobs WHERE id = ?', [id])) as Row;
/** The servers that started running a job, from the registries' log lines. */
const runs = (log: string[], id: string) => log.flatMap((l) => l.match(new RegExp(`^ingest job ${id}: running on server (\\S+?),?( |$)`))?.[1] ?? []);
const hourFromNow = () => new Date(Date.now() + 3_600_000).toISOString();

async function withSqlite(fn: (open: () => Promise<Store>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-jobs-lease-'));
  try {
    await fn(() => openStore(join(dir, 'corpus.db')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a job whose lease is current is never taken; one whose lease lapsed, or that has none, is taken and run', async () => {
  await withSqlite(async (open) => {
    const store = await open();
    try {
      await leaveJob(store, 'live-job', 'running', [article(1)], 'live-process', hourFromNow());
      await leaveJob(store, 'live-queued', 'queued', [article(2)], 'live-process', hourFromNow());
      await leaveJob(store, 'dead-job', 'running', [article(3)], 'dead-process', '2026-01-01T00:00:30.000Z');
      await leaveJob(store, 'old-job', 'queued', [article(4)], null, null, '2026-01-01T00:00:01.000Z'); // a row of schema version 5
      const jobs = new Jobs(store);
      await jobs.close();
      for (const id of ['live-job', 'live-queued']) {
        const r = await row(store, id);
        assert.deepEqual([r.status, r.owner], [id === 'live-job' ? 'running' : 'queued', 'live-process'], `${id} is left to the server that holds it`);
      }
      for (const id of ['dead-job', 'old-job']) {
        const r = await row(store, id);
        assert.equal(r.status, 'done', `${id}: ${r.error}`);
        assert.equal(r.owner, jobs.owner, `${id} was run by the live registry`);
        assert.equal(r.leased_until, null, 'an ended job holds no lease');
        assert.equal((JSON.parse(r.problems) as string[])[0], RESUMED);
      }
      const urls = await store.all<{ url: string }>('SELECT url FROM documents ORDER BY url');
      assert.deepEqual(urls.map((u) => u.url), [article(3).url, article(4).url]);
    } finally {
      await store.close();
    }
  });
});

test('a held job keeps its lease through the heartbeat: another registry polling all along never takes it', async () => {
  await withSqlite(async (open) => {
    const [storeA, storeB] = [await open(), await open()];
    // A lease of 1.5 s: one of 0.4 s lapsed whenever this thread (both registries, the test) was held up that long,
    // which a loaded 2-core machine does (a GC, another test file's analysis); the heartbeat is not what is tested then.
    const lease = { leaseMs: 1_500, heartbeatMs: 50 };
    const a = new Jobs(storeA, { lease });
    const b = new Jobs(storeB, { lease });
    try {
      let release: () => void = () => undefined;
      const blocked = a.exclusive(() => new Promise<void>((r) => (release = r))); // A is busy: its job waits queued
      const job = await a.submit({ items: [article(5)] });
      // Three leases long, B looks for jobs every 50 ms; A's heartbeat renews the waiting job's lease.
      const end = Date.now() + 3 * lease.leaseMs;
      while (Date.now() < end) {
        const r = await row(storeB, job.id);
        assert.deepEqual([r.status, r.owner], ['queued', a.owner], 'still queued with A');
        await new Promise((r) => setTimeout(r, 25));
      }
      // B stops looking before the job runs: here both share one thread, and a pause of it (a busy machine) would
      // let B's beat fire before A's. Real processes are tested in kill.test.ts.
      await b.close();
      release();
      await blocked;
      await a.idle();
      const r = await row(storeB, job.id);
      assert.deepEqual([r.status, r.owner], ['done', a.owner], String(r.error));
      assert.deepEqual(JSON.parse(r.problems), [], 'run once, by the server it was sent to');
      assert.equal(Number((await storeB.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n), 1);
    } finally {
      await a.close();
      await b.close();
      await storeA.close();
      await storeB.close();
    }
  });
});

test('a server stalled past its lease loses the waiting job to another, runs it no more and leaves its record alone', async () => {
  await withSqlite(async (open) => {
    const [storeA, storeB] = [await open(), await open()];
    const log: string[] = [];
    const a = new Jobs(storeA, { lease: { leaseMs: 60_000, heartbeatMs: 60_000 }, log: (l) => log.push(l) });
    const b = new Jobs(storeB, { lease: { leaseMs: 60_000, heartbeatMs: 50 }, log: (l) => log.push(l) });
    try {
      let release: () => void = () => undefined;
      const blocked = a.exclusive(() => new Promise<void>((r) => (release = r)));
      const job = await a.submit({ items: [article(6)] });
      // A's lease lapses (as if its process had been suspended for a minute): B takes the job at its next beat.
      await storeA.run("UPDATE ingest_jobs SET leased_until = '2026-01-01T00:00:00.000Z' WHERE id = ?", [job.id]);
      for (let r = await row(storeB, job.id); r.status !== 'done'; r = await row(storeB, job.id)) await new Promise((r) => setTimeout(r, 50));
      release();
      await blocked;
      await a.idle(); // A's turn comes: the job is no longer its own, so it does not run it
      const r = await row(storeA, job.id);
      assert.deepEqual([r.status, r.owner], ['done', b.owner], String(r.error));
      assert.equal((JSON.parse(r.progress) as { stored: number }).stored, 1);
      assert.equal((await a.get(job.id))?.status, 'done', "A answers with B's record");
      assert.deepEqual(runs(log, job.id), [b.owner], 'run once, by B');
      assert.equal(Number((await storeA.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n), 1);
    } finally {
      await a.close();
      await b.close();
      await storeA.close();
      await storeB.close();
    }
  });
});

test('a busy server takes a job a stopped server left once it has lapsed a whole lease ago (no idle server took it)', async () => {
  await withSqlite(async (open) => {
    const store = await open();
    const log: string[] = [];
    const a = new Jobs(store, { lease: { leaseMs: 300, heartbeatMs: 50 }, log: (l) => log.push(l) });
    try {
      let release: () => void = () => undefined;
      const blocked = a.exclusive(() => new Promise<void>((r) => (release = r)));
      const own = await a.submit({ items: [article(7)] }); // A is busy: it holds a job
      // As a server killed just now leaves it (A was restarted after it, say, and new jobs keep it busy).
      await leaveJob(store, 'left-behind', 'running', [article(8)], 'killed-server', new Date().toISOString());
      for (let r = await row(store, 'left-behind'); r.owner !== a.owner; r = await row(store, 'left-behind')) await new Promise((r) => setTimeout(r, 50));
      assert.equal((await row(store, 'left-behind')).status, 'queued', 'taken while A is still busy: it waits its turn');
      release();
      await blocked;
      await a.close();
      for (const id of [own.id, 'left-behind']) {
        const r = await row(store, id);
        assert.deepEqual([r.status, r.owner], ['done', a.owner], String(r.error));
        assert.deepEqual(runs(log, id), [a.owner], `${id} run once`);
      }
      assert.equal(Number((await store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n), 2);
    } finally {
      await a.close();
      await store.close();
    }
  });
});

/** Jobs left queued or running by a stopped server; two registries start at once and race for them. */
async function race(openA: () => Promise<Store>, openB: () => Promise<Store>): Promise<void> {
  const [storeA, storeB] = [await openA(), await openB()];
  const jobs = [0, 1, 2, 3].map((j) => ({ id: `left-${j}`, items: [article(10 + 2 * j), article(11 + 2 * j)] }));
  try {
    for (const [j, { id, items }] of jobs.entries()) await leaveJob(storeA, id, j % 2 ? 'queued' : 'running', items, j === 3 ? 'dead-process' : null, j === 3 ? '2026-01-01T00:00:00.000Z' : null, `2026-01-01T00:00:0${j}.000Z`);
    const log: string[] = [];
    const a = new Jobs(storeA, { log: (l) => log.push(l) });
    const b = new Jobs(storeB, { log: (l) => log.push(l) });
    await Promise.all([a.close(), b.close()]);
    for (const { id, items } of jobs) {
      const r = await row(storeA, id);
      assert.equal(r.status, 'done', `${id}: ${r.error}`);
      assert.ok(r.owner === a.owner || r.owner === b.owner, `${id} run by one of them`);
      assert.deepEqual(runs(log, id), [r.owner], `${id} run once, by its owner`);
      // Run once: a second run would find its items stored already (skipped), or store them again.
      const p = JSON.parse(r.progress) as { stored: number; skipped: number; duplicates: number };
      assert.deepEqual([p.stored, p.skipped, p.duplicates], [items.length, 0, 0], `${id}: ${r.progress}`);
    }
    const stored = await storeA.all<{ url: string; n: number }>('SELECT url, count(*) AS n FROM documents GROUP BY url');
    assert.equal(stored.length, 8, 'every item stored');
    assert.deepEqual(stored.filter((s) => Number(s.n) !== 1), [], 'none stored twice');
  } finally {
    await storeA.close();
    await storeB.close();
  }
}

test('SQLite: two registries started at once on jobs a stopped server left: each job runs once, each item stored once', async () => {
  await withSqlite((open) => race(open, open));
});

test('PostgreSQL: the same race on one database', { skip: 'skip' in pgDb ? pgDb.skip : undefined }, async () => {
  if ('skip' in pgDb) return;
  await race(
    () => openStore(pgDb.url),
    () => openStore(pgDb.url),
  );
});

test('a server that finds its running job taken by another stops reading its input; the new owner stores the rest, each item once', async () => {
  await withSqlite(async (open) => {
    const [storeA, storeB] = [await open(), await open()];
    const log: string[] = [];
    const a = new Jobs(storeA, { lease: { leaseMs: 60_000, heartbeatMs: 50 }, log: (l) => log.push(l) });
    let b: Jobs | null = null;
    const items = Array.from({ length: 120 }, (_, n) => article(100 + n));
    try {
      const job = await a.submit({ items });
      while (((await a.get(job.id))?.progress.analysed ?? 0) < 1) await new Promise((r) => setTimeout(r, 20));
      // As another server's claim leaves the row after A's lease lapsed (A stalled): owner B, queued, B's lease.
      await storeB.run("UPDATE ingest_jobs SET owner = 'server-b', status = 'queued', leased_until = ? WHERE id = ?", [hourFromNow(), job.id]);
      await a.idle();
      assert.ok(log.some((l) => l === `ingest job ${job.id}: stopped on server ${a.owner}: another server took it after this one's lease lapsed`), log.join('\n'));
      const partial = Number((await storeA.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n);
      assert.ok(partial > 0 && partial < items.length, `A stopped early (${partial} of ${items.length} stored)`);
      const left = await row(storeA, job.id);
      assert.deepEqual([left.status, left.owner], ['queued', 'server-b'], "A leaves the new owner's record alone");
      assert.equal((await a.get(job.id))?.server, 'server-b', 'the API names the server that holds the job now');
      // The new owner's server dies too: B takes the job once its lease lapses and stores only what A did not.
      await storeB.run("UPDATE ingest_jobs SET leased_until = '2026-01-01T00:00:00.000Z' WHERE id = ?", [job.id]);
      b = new Jobs(storeB, { lease: { leaseMs: 60_000, heartbeatMs: 50 }, log: (l) => log.push(l) });
      for (let r = await row(storeB, job.id); r.status !== 'done'; r = await row(storeB, job.id)) await new Promise((r) => setTimeout(r, 50));
      assert.equal(Number((await storeB.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n), items.length, 'every item stored once');
      const done = JSON.parse((await row(storeB, job.id)).progress) as { stored: number; skipped: number };
      assert.deepEqual([done.stored, done.skipped], [items.length - partial, partial]);
    } finally {
      await a.close();
      await b?.close();
      await storeA.close();
      await storeB.close();
    }
  });
});

/** A server whose machine clock is ten minutes slow holds its job against a server with a right clock. */
async function skewedClocks(openA: () => Promise<Store>, openB: () => Promise<Store>): Promise<void> {
  const [storeA, storeB] = [await openA(), await openB()];
  const log: string[] = [];
  const a = new Jobs(storeA, { lease: { leaseMs: 60_000, heartbeatMs: 50 }, clock: () => Date.now() - 600_000, log: (l) => log.push(l) });
  const b = new Jobs(storeB, { lease: { leaseMs: 60_000, heartbeatMs: 50 }, log: (l) => log.push(l) });
  try {
    let release: () => void = () => undefined;
    const blocked = a.exclusive(() => new Promise<void>((r) => (release = r)));
    const job = await a.submit({ items: [article(300)] });
    // Timed by the store's clock, A's lease ends a minute from the store's now, not nine minutes before it.
    const until = Date.parse((await row(storeA, job.id)).leased_until ?? '');
    assert.ok(Math.abs(until - (Date.now() + 60_000)) < 10_000, `lease until ${new Date(until).toISOString()}`);
    await new Promise((r) => setTimeout(r, 600)); // a dozen of B's heartbeats
    assert.equal((await row(storeB, job.id)).owner, a.owner, 'B does not take a job whose lease is current');
    release();
    await blocked;
    await a.idle();
    assert.deepEqual(runs(log, job.id), [a.owner], 'run once, by A');
    assert.equal((await row(storeA, job.id)).status, 'done');
  } finally {
    await a.close();
    await b.close();
    await storeA.close();
    await storeB.close();
  }
}

test("SQLite: a server whose clock is wrong times its leases by the store's clock, and keeps its job", async () => {
  await withSqlite((open) => skewedClocks(open, open));
});

test("PostgreSQL: a server whose clock is wrong times its leases by the database's clock", { skip: 'skip' in pgDb ? pgDb.skip : undefined }, async () => {
  if ('skip' in pgDb) return;
  await skewedClocks(
    () => openStore(pgDb.url),
    () => openStore(pgDb.url),
  );
});
