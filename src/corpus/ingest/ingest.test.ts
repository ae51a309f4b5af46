import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type SqlRunner, type Store } from '../../store/index.js';
import { fixtureArticles } from '../test-helpers.js';
import { ingestCorpus } from './ingest.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture articles in `copies` variants each (own URL, one added sentence): enough work to kill a run half way. */
function writeCorpus(name: string, copies: number): string {
  const lines: string[] = [];
  for (let k = 0; k < copies; k++) {
    for (const { carries: _, ...a } of fixtureArticles()) lines.push(JSON.stringify({ ...a, url: `${a.url}?edition=${k}`, text: `${a.text}\n\nEdition ${k} of the ${a.outlet} archive.` }));
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** What a store holds, in a form two stores can be compared by. */
async function contents(db: SqlRunner) {
  const count = async (table: string) => (await db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))?.n;
  return {
    documents: (await db.all<{ identity: string; content_hash: string; title: string }>('SELECT identity, content_hash, title FROM documents ORDER BY identity')).map((r) => `${r.identity} ${r.content_hash} ${r.title}`),
    sources: (await db.all<{ status: string; n: number }>('SELECT status, count(*) AS n FROM sources GROUP BY status ORDER BY status')),
    rows: Object.fromEntries(await Promise.all(['quotes', 'claims', 'techniques', 'doc_entities', 'entities', 'entity_aliases', 'doc_bands', 'claim_clusters'].map(async (t) => [t, await count(t)]))),
    quotes: (await db.all<{ c: string }>('SELECT d.identity || q.local_id || q.content AS c FROM quotes q JOIN documents d ON d.id = q.doc ORDER BY c')).map((r) => r.c),
    search: (await db.get<{ n: number }>("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'Kabulov'"))?.n,
  };
}

async function ingestInto(path: string, input: string, extra: Partial<Parameters<typeof ingestCorpus>[0]> = {}): Promise<{ store: Store; summary: Awaited<ReturnType<typeof ingestCorpus>> }> {
  const store = await openStore(path);
  const summary = await ingestCorpus({ store, paths: [input], workers: 2, batchSize: 16, ...extra });
  return { store, summary };
}

const corpus = writeCorpus('corpus.jsonl', 16); // 208 articles
let reference: Awaited<ReturnType<typeof contents>>;

test('idempotent: the same input twice stores nothing twice', async () => {
  const { store, summary } = await ingestInto(join(dir, 'clean.db'), corpus);
  assert.equal(summary.stored, 208);
  assert.equal(summary.problems, 0);
  reference = await contents(store);
  await store.close();
  const again = await ingestInto(join(dir, 'clean.db'), corpus);
  assert.equal(again.summary.stored, 0);
  assert.equal(again.summary.skipped, 208);
  assert.deepEqual(await contents(again.store), reference);
  await again.store.close();
});

test('the same article under another URL spelling, or the same text and outlet without a URL, is stored once', async () => {
  const a = fixtureArticles()[1];
  const path = join(dir, 'dups.jsonl');
  writeFileSync(path, [{ ...a, url: `${a.url}/?utm_source=feed#top` }, { ...a, url: (a.url ?? '').replace('https://', 'http://www.') }, { ...a, url: undefined, title: 'x' }, { ...a, url: undefined, title: 'y' }].map((x) => JSON.stringify(x)).join('\n'));
  const { store, summary } = await ingestInto(join(dir, 'dups.db'), path);
  assert.equal(summary.stored, 2);
  assert.equal(summary.duplicates, 2);
  await store.close();
});

test('a store write that fails (disk full) loses that batch only: reported, store consistent, and a rerun completes it', async () => {
  const path = join(dir, 'full.db');
  const real = await openStore(path);
  let calls = 0;
  // The second batch's transaction writes its rows, then the disk is "full".
  const failing: Store = new Proxy(real, {
    get(target, prop) {
      if (prop === 'transaction') {
        return (fn: (tx: SqlRunner) => Promise<unknown>) =>
          target.transaction(async (tx) => {
            const out = await fn(tx);
            if (++calls === 2) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
            return out;
          });
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const small = writeCorpus('small.jsonl', 4); // 52 articles
  const problems: string[] = [];
  const summary = await ingestCorpus({ store: failing, paths: [small], workers: 2, batchSize: 16, onProblem: (p) => problems.push(p) });
  assert.equal(problems.length, 1);
  const range = /Writing to ".*full\.db" failed: SQLITE_FULL: database or disk is full \(items .*small\.jsonl:(\d+) … .*small\.jsonl:(\d+)\)/.exec(problems[0]);
  assert.ok(range, problems[0]);
  const lost = Number(range[2]) - Number(range[1]) + 1;
  assert.equal(summary.stored, 52 - lost);
  const docs = (await real.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n;
  const done = (await real.get<{ n: number }>("SELECT count(*) AS n FROM sources WHERE status = 'stored'"))?.n;
  assert.equal(docs, 52 - lost);
  assert.equal(done, 52 - lost);
  assert.equal((await real.get<{ n: number }>('SELECT count(*) AS n FROM quotes WHERE doc NOT IN (SELECT id FROM documents)'))?.n, 0);
  const rerun = await ingestCorpus({ store: real, paths: [small], workers: 2 });
  assert.equal(rerun.stored, lost);
  assert.equal(rerun.skipped, 52 - lost);
  await real.close();
});

test('resumable after kill -9: a child process killed mid-ingest, then resumed, ends with what a clean run stores', async () => {
  assert.ok(reference, 'needs the clean run of the first test');
  const path = join(dir, 'killed.db');
  const cli = new URL('../../cli/dev.ts', import.meta.url).pathname;
  const run = () => spawn(process.execPath, ['--import', 'tsx', cli, 'ingest', corpus, '--db', path, '--batch', '8', '--workers', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const child = run();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Kill it once some batches have landed.
  let storedAtKill = 0;
  for (let i = 0; i < 2400 && child.exitCode === null; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      const peek = await openStore(path, { readonly: true });
      storedAtKill = (await peek.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n ?? 0;
      await peek.close();
    } catch {
      continue; // not created yet
    }
    if (storedAtKill >= 40) {
      child.kill('SIGKILL');
      break;
    }
  }
  await exited;
  assert.ok(storedAtKill >= 40 && storedAtKill < 208, `killed with ${storedAtKill} of 208 stored`);
  const resumed = run();
  const code = await new Promise<number | null>((resolve) => resumed.on('exit', (c) => resolve(c)));
  assert.equal(code, 0);
  const store = await openStore(path, { mustExist: true });
  const got = await contents(store);
  assert.deepEqual(got.documents, reference.documents);
  assert.deepEqual(got.rows, reference.rows);
  assert.deepEqual(got.quotes, reference.quotes);
  assert.equal(got.search, reference.search);
  assert.deepEqual(got.sources, reference.sources);
  await store.run("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
  await store.close();
});
