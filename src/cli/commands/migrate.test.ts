// claimtrail migrate: a SQLite corpus copied to PostgreSQL with nothing lost, resumed after an interruption, checked
// by counts and content checksums; a copy that differs, or a target holding another corpus, is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isClaimtrailError } from '../../core/errors.js';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';
import { speakersView, searchView } from '../../corpus/views/index.js';
import { openStore } from '../../store/index.js';
import { compare, copyCorpus } from '../../store/postgres/copy.js';
import { PostgresStore } from '../../store/postgres/engine.js';
import { createTestDatabase } from '../../store/postgres/test-db.js';
import { main } from '../main.js';

const pgDb = await createTestDatabase('claimtrail_migrate');
const skip = 'skip' in pgDb ? pgDb.skip : undefined;
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-migrate-'));
test.after(async () => {
  if (!('skip' in pgDb)) await pgDb.drop();
  rmSync(dir, { recursive: true, force: true });
});

test('an interrupted copy resumes; counts and checksums match; views answer the same; tampering is found', { skip }, async () => {
  if ('skip' in pgDb) return;
  const path = join(dir, 'corpus.db');
  (await storeFixtureCorpus(path)).close();
  const source = await openStore(path, { readonly: true });
  const target = await PostgresStore.open(pgDb.url);
  try {
    // Stop the first run after its first committed range of documents.
    await assert.rejects(copyCorpus(source, target, (p) => {
      if (p.table === 'documents') throw new Error('interrupted');
    }), /interrupted/);
    assert.ok(((await target.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n ?? 0) > 0);
    const again = await copyCorpus(source, target);
    assert.equal(again.resumed, true);
    const docs = again.tables.find((t) => t.table === 'documents');
    assert.equal(docs?.rows, (await source.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n);
    assert.deepEqual(await speakersView(target), await speakersView(source));
    assert.equal((await searchView(target, { query: 'Kabulov' })).total, (await searchView(source, { query: 'Kabulov' })).total, 'search vectors were built for the copied texts');
    const next = await target.get<{ id: number }>("INSERT INTO claim_clusters (key, label) VALUES ('l:new', 'x') RETURNING id");
    assert.ok((next?.id ?? 0) > (await source.get<{ m: number }>('SELECT max(id) AS m FROM claim_clusters'))!.m, 'ids go on after the copied ones');
    await target.run("DELETE FROM claim_clusters WHERE key = 'l:new'");

    await target.run("UPDATE quotes SET content = content || '!' WHERE id = (SELECT min(id) FROM quotes)");
    await assert.rejects(compare(source, target), (e: unknown) => isClaimtrailError(e) && e.code === 'MIGRATE_MISMATCH' && /quotes: the same \d+ rows in number, but their content differs/.test(e.message));
  } finally {
    await source.close();
    await target.close();
  }
});

test('the migrate command copies and reports; a database holding another corpus is refused', { skip }, async () => {
  if ('skip' in pgDb) return;
  const other = await createTestDatabase('claimtrail_migrate_cli');
  if ('skip' in other) return;
  const path = join(dir, 'corpus.db');
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // Commands load on demand (an await in main), so node:test's own binary reports may be written meanwhile: those pass through.
  process.stdout.write = ((s: string | Uint8Array) => (typeof s === 'string' ? (out.push(s), true) : write(s))) as typeof process.stdout.write;
  try {
    assert.equal(await main(['migrate', '--from', path, '--to', other.url]), 0);
    // A second corpus into the same database is refused: it holds a copy of another (or a changed) source.
    const second = join(dir, 'second.db');
    const s = await openStore(second);
    await s.run("INSERT INTO meta (key, value) VALUES ('updated_at', '2030-01-01')");
    await s.close();
    assert.equal(await main(['migrate', '--from', second, '--to', other.url]), 1);
  } finally {
    process.stdout.write = write;
    await other.drop();
  }
  assert.match(out.join(''), /Copied .*corpus\.db to postgres:\/\/postgres@127\.0\.0\.1:5432\/claimtrail_migrate_cli_\w+ in [\d.]+ s: \d+ documents, \d+ rows in \d+ tables; counts and content checksums match\./);
});
