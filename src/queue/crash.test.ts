// Crash safety of distributed ingest: a dozen queued articles, a `claimtrail worker` process killed with SIGKILL three
// times at random points, a fresh one started after each kill (it sweeps the dead one's jobs back to the queue). When the queue has drained,
// every article of a single-process SQLite run is stored exactly once: 0 lost, 0 duplicated, no job left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../core/seeded-random.js';
import { ingestCorpus } from '../corpus/ingest/ingest.js';
import { openStore } from '../store/index.js';
import { PostgresStore } from '../store/postgres/engine.js';
import { createTestDatabase } from '../store/postgres/test-db.js';
import { enqueueInputs } from './enqueue.js';
import { writeTestCorpus } from './test-corpus.js';
import { compareStores, killWorkersRepeatedly } from './test-kills.js';

const pgDb = await createTestDatabase('claimtrail_crash');
const skip = 'skip' in pgDb ? pgDb.skip : undefined;
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-crash-'));
test.after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

test('workers killed -9 three times at random points: 0 documents lost, 0 duplicated, no job left', { skip, timeout: 300_000 }, async () => {
  if ('skip' in pgDb) return;
  const input = join(dir, 'articles.jsonl');
  writeTestCorpus(input, 14);

  const reference = await openStore(join(dir, 'reference.db'));
  await ingestCorpus({ store: reference, paths: [input], workers: 1 });
  const store = await PostgresStore.open(pgDb.url);
  try {
    const queued = await enqueueInputs({ store, paths: [input] });
    assert.equal(queued.enqueued, 14);
    const run = await killWorkersRepeatedly(store, { url: pgDb.url, kills: 3, workers: 1, items: queued.enqueued, random: mulberry32(7), timeoutMs: 120_000 });
    assert.equal(run.kills, 3);
    assert.ok(run.withJobsLocked >= 1, `no kill found a job in a worker's hands (items done after each: ${run.doneAfterEach.join(' ')})`);
    const { queued: waiting, running, retrying, failed } = run.status;
    assert.deepEqual({ waiting, running, retrying, failed }, { waiting: 0, running: 0, retrying: 0, failed: 0 }, `jobs left: ${JSON.stringify(run.status.failures)}\n${run.output}`);
    const c = await compareStores(store, reference);
    assert.ok(c.documents > 10, `documents stored: ${c.documents}`);
    assert.equal(c.lost, 0, 'documents lost');
    assert.equal(c.duplicated, 0, 'documents duplicated');
    assert.equal(c.itemsMissing, 0, 'items with no record');
    assert.equal(c.itemsExtra, 0, 'items the reference does not have');
    assert.deepEqual(c.statuses, c.referenceStatuses);
  } finally {
    await store.close();
    await reference.close();
  }
});
