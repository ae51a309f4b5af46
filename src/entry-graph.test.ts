// The analysis core ('claimtrail', src/index.ts) must import without the store, queue, server and embedding packages:
// they are optional dependencies. Checked twice: the static import graph (esbuild's metafile, following only static
// imports, which run at import time), and a real import in a child process where those packages cannot be resolved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEAVY = ['better-sqlite3', 'pg', 'graphile-worker', 'hono', '@hono/node-server', 'onnxruntime-node'];

/** The packages reachable from `entry` through static imports, each with the chain of files that reaches it. */
async function staticPackages(entry: string): Promise<Map<string, string[]>> {
  const result = await build({ entryPoints: [entry], absWorkingDir: ROOT, bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent', outdir: 'unused' });
  const inputs = result.metafile.inputs;
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    for (const imp of inputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' && imp.kind !== 'require-call') continue; // dynamic imports load on use
      if (parent.has(imp.path)) continue;
      parent.set(imp.path, file);
      if (inputs[imp.path]) queue.push(imp.path);
    }
  }
  const found = new Map<string, string[]>();
  for (const path of parent.keys()) {
    const name = HEAVY.find((p) => path === p || path.startsWith(`${p}/`));
    if (!name) continue;
    const chain: string[] = [];
    for (let at: string | null | undefined = path; at; at = parent.get(at)) chain.unshift(at);
    found.set(name, chain);
  }
  return found;
}

test('src/index.ts statically imports none of the optional packages', async () => {
  const found = await staticPackages('src/index.ts');
  assert.deepEqual([...found.values()].map((chain) => chain.join(' → ')), []);
});

test('the CLI loads none of them before a command needs one: main (with analyze) and export of files', async () => {
  for (const entry of ['src/cli/main.ts', 'src/cli/commands/export.ts']) {
    const found = await staticPackages(entry);
    assert.deepEqual([...found.values()].map((chain) => chain.join(' → ')), [], entry);
  }
});

test('the walk finds them where they are: the SQLite engine loads better-sqlite3; claimtrail/store loads neither driver before a store is opened', async () => {
  const engine = await staticPackages('src/store/sqlite/engine.ts');
  assert.ok(engine.has('better-sqlite3'), 'the SQLite engine imports better-sqlite3 through src/store/sqlite/open.ts');
  const store = await staticPackages('src/store-entry.ts');
  assert.ok(!store.has('better-sqlite3'), 'better-sqlite3 is loaded only for a SQLite store (a PostgreSQL-only install has none)');
  assert.ok(!store.has('pg'), 'pg is loaded only for a postgres:// URL');
});

test('importing the core and analysing works when the optional packages cannot be resolved', () => {
  const script = `const m = await import('./src/index.ts');
const doc = await m.analyze('The minister, Lena Berg, said the bridge will reopen in May. Critics say the repairs cost far too much money.');
console.log(JSON.stringify({ analyze: typeof m.analyze, openStore: typeof m.openStore, quotes: doc.layers.quotes.length }));`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', './src/hide-packages.mjs', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const out = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { analyze: string; openStore: string; quotes: number };
  assert.equal(out.analyze, 'function');
  assert.equal(out.openStore, 'undefined', 'openStore is in claimtrail/store');
  assert.ok(out.quotes >= 1, child.stdout);
});

test('the hook really hides them: opening a SQLite store through claimtrail/store fails naming better-sqlite3', () => {
  const script = "const m = await import('./src/store-entry.ts'); await m.openStore('/nonexistent-dir/corpus.db');";
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', './src/hide-packages.mjs', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.notEqual(child.status, 0);
  assert.match(child.stderr, /Cannot find package 'better-sqlite3'/);
});
