import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capture } from '../test-helpers.js';
import { ingestCommand } from './ingest.js';
import { jobsCommand } from './jobs.js';
import { narrativesCommand } from './narratives.js';
import { openStore } from '../../store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-upload-cli-'));
const db = join(dir, 'corpus.db');
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

async function narrativeOf(url: string): Promise<string[]> {
  const store = await openStore(db, { mustExist: true });
  try {
    return (await store.all<{ narrative: string }>('SELECT dn.narrative FROM doc_narratives dn JOIN documents d ON d.id = dn.doc WHERE d.url = ? ORDER BY 1', [url])).map((r) => r.narrative);
  } finally {
    await store.close();
  }
}

test('narratives upload: stored under the file name, the corpus re-scored, later ingests matched; jobs lists the job; rescore and remove', async () => {
  const article = (n: number) => JSON.stringify({ url: `https://example.org/${n}`, title: `Rain ${n}`, text: `Officials deny it, but a weather machine made the rain over Paris in week ${n}, the blogger wrote.` });
  const ingested = await capture(() => ingestCommand([write('a.jsonl', `${article(1)}\n`), '--db', db, '--workers', '1']));
  assert.equal(ingested.code, 0, ingested.err);
  assert.deepEqual(await narrativeOf('https://example.org/1'), []);

  const csv = write('rain.csv', 'id,title,example,keywords\nrain-plot,Rain is a plot,The rain over Paris was made by a weather machine.,weather machine\n');
  const up = await capture(() => narrativesCommand(['upload', csv, '--db', db, '--format', 'json']));
  assert.equal(up.code, 0, up.err);
  assert.match(up.err, /Stored catalogue "rain" \(version 1, 1 narratives, 1 examples\)/);
  assert.match(up.err, /Re-scoring job 1 \(upload rain \(version 1\)\): done, 1 of 1 documents/);
  assert.equal((JSON.parse(up.out) as { job: { status: string } }).job.status, 'done');
  assert.deepEqual(await narrativeOf('https://example.org/1'), ['rain-plot']);

  // An ingest into the store uses its catalogues.
  assert.equal((await capture(() => ingestCommand([write('b.jsonl', `${article(2)}\n`), '--db', db, '--workers', '1']))).code, 0);
  assert.deepEqual(await narrativeOf('https://example.org/2'), ['rain-plot']);

  const jobs = await capture(() => jobsCommand(['--db', db]));
  assert.equal(jobs.code, 0);
  assert.match(jobs.out, /Re-scoring job 1 \(upload rain \(version 1\)\): done, 1 of 1 documents/);

  // Queued only, then run by "rescore".
  const v2 = write('rain.yml', '- id: rain-plot\n  title: Rain is a conspiracy\n  examples: [The rain over Paris was made by a weather machine.]\n  keywords: [weather machine]\n');
  const queued = await capture(() => narrativesCommand(['upload', v2, '--db', db, '--name', 'rain', '--no-rescore']));
  assert.match(queued.err, /Replaced catalogue "rain" \(version 2/);
  assert.match(queued.err, /Re-scoring job 2 queued/);
  const rescored = await capture(() => narrativesCommand(['rescore', '--db', db]));
  assert.match(rescored.err, /Re-scoring job 2 \(upload rain \(version 2\)\): done, 2 of 2 documents/);

  const listed = await capture(() => narrativesCommand(['catalogues', '--db', db]));
  assert.match(listed.out, /^rain {2}yaml, version 2, 1 narratives, 1 examples/);
  const removed = await capture(() => narrativesCommand(['remove', 'rain', '--db', db]));
  assert.equal(removed.code, 0);
  assert.deepEqual(await narrativeOf('https://example.org/2'), []);
});

test('narratives upload: an invalid catalogue is exit code 2 naming the file, line and field; nothing stored', async () => {
  const bad = write('bad.yml', '- id: a\n  title: A\n  examples: [x]\n  keywords: {english: [y]}\n');
  const { code, err } = await capture(() => narrativesCommand(['upload', bad, '--db', db]));
  assert.equal(code, 2);
  assert.match(err, /Narrative catalogue ".*bad\.yml" is invalid: line 4, narrative "a", field "keywords\.english"/);
  const listed = await capture(() => narrativesCommand(['catalogues', '--db', db, '--format', 'json']));
  assert.ok(!(JSON.parse(listed.out) as { name: string }[]).some((c) => c.name === 'bad'));
});
