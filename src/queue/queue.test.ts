// Distributed ingest: a few hundred short articles queued in PostgreSQL, three worker processes, one killed with
// SIGKILL mid-run. Every article is stored exactly once, with the same analysis as a single-process SQLite run of the
// same input; poison jobs end failed after their attempts without holding up the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCorpus } from '../corpus/ingest/ingest.js';
import { PostgresStore } from '../store/postgres/engine.js';
import { createTestDatabase } from '../store/postgres/test-db.js';
import { openStore } from '../store/index.js';
import { enqueueInputs } from './enqueue.js';
import { addIngestJobs } from './graphile.js';
import { MAX_ATTEMPTS, type IngestPayload } from './payload.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './spawn.js';
import { queueStatus } from './status.js';
import { writeTestCorpus } from './test-corpus.js';
import { corpusSnapshot } from './test-snapshot.js';

const pgDb = await createTestDatabase('claimtrail_queue');
const skip = 'skip' in pgDb ? pgDb.skip : undefined;
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-queue-'));
test.after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('three workers, one killed mid-run: every article stored once, as a single SQLite run stores it; poison jobs fail alone', { skip, timeout: 120_000 }, async () => {
  if ('skip' in pgDb) return;
  const input = join(dir, 'articles.jsonl');
  const articles = writeTestCorpus(input, 150);

  const lite = await openStore(join(dir, 'single.db'));
  await ingestCorpus({ store: lite, paths: [input], workers: 1 });

  const store = await PostgresStore.open(pgDb.url);
  const workers: WorkerProcess[] = [];
  try {
    const queued = await enqueueInputs({ store, paths: [input] });
    assert.equal(queued.enqueued, articles.length, 'the repeated line is not queued twice');
    const poison: IngestPayload[] = [1, 2].map((i) => ({ v: 1, key: `poison-${i}`, origin: `poison.jsonl:${i}`, input: { kind: 'scroll', name: 'x' } as unknown as IngestPayload['input'] }));
    const client = await store.pool.connect();
    await addIngestJobs(client, poison).finally(() => client.release());

    for (let i = 0; i < 3; i++) workers.push(spawnWorker(pgDb.url, ['--threads', '1', '--concurrency', '2']));
    // Kill one once the run is under way, with jobs in its hands.
    for (let t = 0; ; t++) {
      const n = (await store.get<{ n: number }>('SELECT count(*) AS n FROM sources'))?.n ?? 0;
      if (n >= articles.length / 5) break;
      const gone = workers.find((w) => w.child.exitCode !== null);
      assert.ok(t < 600 && !gone, `workers stored ${n} articles (in 60 s, or before one stopped): ${workers.map((w) => w.output.join('')).join('\n')}`);
      await sleep(100);
    }
    workers[0].child.kill('SIGKILL');
    await workers[0].exited;

    let status = await queueStatus(store);
    for (let t = 0; status.queued + status.running + status.retrying > 0; t++) {
      assert.ok(t < 900, `queue not drained in 90 s: ${JSON.stringify(status)}\n${workers.map((w) => w.output.join('')).join('\n')}`);
      await sleep(100);
      status = await queueStatus(store);
    }
    assert.equal(status.failed, 2, 'the two poison jobs, and only they, end failed');
    assert.deepEqual(status.failures.map((f) => [f.origin, f.attempts]), [['poison.jsonl:1', MAX_ATTEMPTS], ['poison.jsonl:2', MAX_ATTEMPTS]]);
    assert.match(status.failures[0].error ?? '', /job payload is not one this claimtrail reads/);

    const [single, distributed] = [await corpusSnapshot(lite), await corpusSnapshot(store)];
    for (const key of Object.keys(single)) assert.deepEqual(distributed[key], single[key], `${key} differs from the single-process SQLite run`);
    const docs = (await store.get<{ n: number; distinct: number }>('SELECT count(*) AS n, count(DISTINCT identity) AS distinct FROM documents')) ?? { n: 0, distinct: -1 };
    assert.equal(docs.n, docs.distinct);
    assert.ok((single.nearDuplicateGroups as string[]).some((g) => JSON.parse(g).length > 1), 'the input has near-copies to group');
  } finally {
    await Promise.all(workers.map((w) => stopWorker(w)));
    await store.close();
    await lite.close();
  }
});
