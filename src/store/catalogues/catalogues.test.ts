// Catalogues in the store and re-scoring, on SQLite and PostgreSQL (skipped with the reason when no server answers).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { analyze } from '../../analyze.js';
import { isClaimtrailError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { itemKey } from '../../corpus/ingest/item.js';
import { toRecord } from '../../corpus/ingest/record.js';
import { CorpusWriter } from '../../corpus/ingest/write.js';
import { openStore, type Store } from '../index.js';
import { createTestDatabase } from '../postgres/test-db.js';
import { catalogueFiles, deleteCatalogue, getCatalogue, listCatalogues, putCatalogue } from './catalogues.js';
import { getRescoreJob, listRescoreJobs, runRescore, submitRescore, unfinishedRescore } from './rescore.js';

const pgDb = await createTestDatabase('claimtrail_catalogues');
after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
});

const ARTICLES = [
  'The United States created ISIS to destabilise the region, the envoy said.',
  'Officials deny it, but a weather machine made the rain over Paris last week.',
  'It was sunny in Rome on Sunday.',
];

const RAIN = (title: string) => `- id: rain-plot\n  title: ${title}\n  examples: [The rain over Paris was made by a weather machine.]\n  keywords: [weather machine]\n`;

async function storeOf(engine: 'sqlite' | 'postgres'): Promise<Store> {
  const location = engine === 'sqlite' ? join(mkdtempSync(join(tmpdir(), 'claimtrail-catalogues-test-')), 'c.db') : (pgDb as { url: string }).url;
  const store = await openStore(location);
  const batch = ARTICLES.map((text, i) => ({ key: itemKey('test', text), origin: `a${i}`, record: toRecord(analyze({ text, raw: true, name: `a${i}` })) }));
  await new CorpusWriter(store).write(batch);
  return store;
}

async function narrativesOf(store: Store, doc: number): Promise<{ narrative: string; evidence: number }[]> {
  return store.all('SELECT dn.narrative, (SELECT count(*) FROM narrative_evidence e WHERE e.doc = dn.doc AND e.narrative = dn.narrative) AS evidence FROM doc_narratives dn WHERE dn.doc = ? ORDER BY dn.narrative', [doc]);
}

async function storedDoc(store: Store, id: number): Promise<Doc> {
  const row = await store.get<{ json: Uint8Array }>('SELECT json FROM document_texts WHERE id = ?', [id]);
  return JSON.parse(inflateRawSync(row?.json ?? new Uint8Array()).toString('utf8')) as Doc;
}

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' && 'skip' in pgDb ? pgDb.skip : undefined;

  test(`${engine}: catalogues are validated with the built-in one, stored by name, versioned, listed and deleted`, { skip }, async () => {
    const store = await storeOf(engine);
    try {
      const first = await putCatalogue(store, 'rain', RAIN('Rain is a plot'), 'rain.yml');
      assert.deepEqual([first.created, first.changed, first.catalogue.version, first.catalogue.format, first.catalogue.narratives, first.catalogue.examples], [true, true, 1, 'yaml', 1, 1]);
      const same = await putCatalogue(store, 'rain', RAIN('Rain is a plot'));
      assert.deepEqual([same.changed, same.catalogue.version], [false, 1]);
      const second = await putCatalogue(store, 'rain', RAIN('Rain is a conspiracy'));
      assert.deepEqual([second.created, second.changed, second.catalogue.version], [false, true, 2]);
      assert.equal((await getCatalogue(store, 'rain'))?.content, RAIN('Rain is a conspiracy'));
      await assert.rejects(putCatalogue(store, 'bad', 'id,title,example\na,A,x,extra\n', 'bad.csv'), (e: unknown) => isClaimtrailError(e) && e.code === 'CATALOGUE_INVALID' && /"bad\.csv" is invalid: line 2, 4 columns where the header has 3/.test(e.message));
      // Ids are unique across the store's catalogues and the built-in one; the error names the catalogue, not a temporary file.
      await assert.rejects(putCatalogue(store, 'again', RAIN('x')), (e: unknown) => isClaimtrailError(e) && /"again\.yaml" is invalid: line 1, narrative "rain-plot", field "id": duplicate id \(already in rain\.yaml, line 1\)/.test(e.message) && !e.message.includes(tmpdir()));
      await assert.rejects(putCatalogue(store, 'clash', '- {id: west-created-isis, title: T, examples: [x]}\n'), (e: unknown) => isClaimtrailError(e) && /duplicate id \(already in the built-in catalogue/.test(e.message));
      await assert.rejects(putCatalogue(store, '../etc', RAIN('x')), /not a catalogue name/);
      assert.deepEqual((await listCatalogues(store)).map((c) => [c.name, c.version]), [['rain', 2]]);
      assert.equal((await catalogueFiles(store)).length, 1);
      assert.equal(await deleteCatalogue(store, 'rain'), true);
      assert.equal(await deleteCatalogue(store, 'rain'), false);
      assert.deepEqual(await listCatalogues(store), []);
    } finally {
      await store.close();
    }
  });

  test(`${engine}: a catalogue change re-scores stored documents, with progress; an interrupted job resumes without duplicates`, { skip }, async () => {
    const store = await storeOf(engine);
    try {
      const ids = (await store.all<{ id: number }>('SELECT id FROM documents ORDER BY id')).map((r) => r.id);
      assert.deepEqual(await narrativesOf(store, ids[1]), []);
      const before = await narrativesOf(store, ids[0]);
      assert.ok(before.some((n) => n.narrative === 'west-created-isis'), JSON.stringify(before));

      await putCatalogue(store, 'rain', RAIN('Rain is a plot'));
      const job = await submitRescore(store, 'PUT rain (version 1)');
      assert.deepEqual([job.status, job.progress], ['queued', { done: 0, total: 3 }]);
      const seen: number[] = [];
      const done = await runRescore(store, job.id, { onProgress: (j) => seen.push(j.progress.done) });
      assert.deepEqual([done.status, done.progress, done.error], ['done', { done: 3, total: 3 }, null]);
      assert.deepEqual(seen, [1, 2, 3]);
      assert.deepEqual(await narrativesOf(store, ids[1]), [{ narrative: 'rain-plot', evidence: 1 }]);
      assert.deepEqual(await narrativesOf(store, ids[0]), before, 'the built-in narratives are kept');
      assert.deepEqual((await storedDoc(store, ids[1])).layers.narratives?.map((n) => n.id), ['rain-plot']);
      const stats = await store.get<{ articles: number }>("SELECT articles FROM narrative_stats WHERE narrative = 'rain-plot'");
      assert.equal(stats?.articles, 1, 'summaries rebuilt');

      // Replaced: a job stopped after one document resumes after it; every document ends with one set of rows.
      await putCatalogue(store, 'rain', RAIN('Rain is a conspiracy'));
      const second = await submitRescore(store, 'PUT rain (version 2)');
      let calls = 0;
      const stopped = await runRescore(store, second.id, { shouldStop: () => calls++ >= 2 });
      assert.deepEqual([stopped.status, stopped.progress.done], ['running', 2]);
      const resumed = await unfinishedRescore(store);
      assert.equal(resumed?.id, second.id);
      const finished = await runRescore(store, second.id);
      assert.deepEqual([finished.status, finished.progress], ['done', { done: 3, total: 3 }]);
      assert.deepEqual(await narrativesOf(store, ids[1]), [{ narrative: 'rain-plot', evidence: 1 }]);
      assert.equal((await store.get<{ title: string }>("SELECT title FROM narratives WHERE id = 'rain-plot'"))?.title, 'Rain is a conspiracy');
      const messages = (await storedDoc(store, ids[2])).messages.filter((m) => m.source === 'narratives');
      assert.ok(messages.length <= 1, 'the stage\'s messages are not repeated at each scoring');

      // A later change supersedes a job not yet finished; deleting the catalogue takes its narrative away.
      const stale = await submitRescore(store, 'stale');
      await deleteCatalogue(store, 'rain');
      const latest = await submitRescore(store, 'DELETE rain');
      assert.equal((await getRescoreJob(store, stale.id))?.status, 'superseded');
      assert.equal((await runRescore(store, stale.id)).status, 'superseded');
      assert.equal((await runRescore(store, latest.id)).status, 'done');
      assert.deepEqual(await narrativesOf(store, ids[1]), []);
      assert.equal((await store.get<{ n: number }>("SELECT count(*) AS n FROM narrative_stats WHERE narrative = 'rain-plot'"))?.n, 0);
      assert.deepEqual((await listRescoreJobs(store)).map((j) => j.status), ['done', 'superseded', 'done', 'done']);
    } finally {
      await store.close();
    }
  });
}

test('claimtrail migrate copies the catalogues and the re-scoring jobs to PostgreSQL', { skip: 'skip' in pgDb ? pgDb.skip : undefined }, async () => {
  const { copyCorpus } = await import('../postgres/copy.js');
  const { PostgresStore } = await import('../postgres/engine.js');
  const copyDb = await createTestDatabase('claimtrail_catalogues_copy');
  if ('skip' in copyDb) return;
  const source = await storeOf('sqlite');
  const target = await PostgresStore.open(copyDb.url);
  try {
    await putCatalogue(source, 'rain', RAIN('Rain is a plot'));
    await runRescore(source, (await submitRescore(source, 'PUT rain')).id);
    await copyCorpus(source, target);
    assert.equal((await getCatalogue(target, 'rain'))?.content, RAIN('Rain is a plot'));
    assert.deepEqual((await listRescoreJobs(target)).map((j) => [j.status, j.progress.done]), [['done', 3]]);
    // The copied job's id sequence goes on after it.
    assert.equal((await submitRescore(target, 'next')).id, 2);
  } finally {
    await source.close();
    await target.close();
    await copyDb.drop();
  }
});
