// Peak memory and time of exporting a whole store (`export --db S --all`) in each format, each in a fresh process so
// that its peak RSS is its own, against the in-memory way (every document loaded, one body built) that --all took
// before it streamed. The store is grown by cloning the rows of analysed articles (sqlite-rows.ts).
// npm run bench -- export [--base=200] [--docs=10000] [--formats=stix,misp,claimreview,jsonl,parquet] [--db=FILE]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SqliteStore } from '../src/store/sqlite/engine.js';
import { grow } from './server.js';
import { arg, given } from './args.js';

interface Row {
  ms: number;
  peakRssMb: number;
  bytes: number;
}

const FORMATS = ['stix', 'misp', 'claimreview', 'jsonl', 'parquet'] as const;
type Format = (typeof FORMATS)[number];

export async function benchExport(): Promise<void> {
  const formats = (given('formats') ?? FORMATS.join(',')).split(',') as Format[];
  const bad = formats.filter((f) => !FORMATS.includes(f));
  if (bad.length) throw new Error(`--formats: unknown ${bad.join(', ')} (${FORMATS.join(', ')})`);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-bench-export-'));
  console.log('\n## export --all (one process per run; peak RSS of that process)\n');
  try {
    const db = given('db') ?? (await distinctCopies(await grow(dir, arg('base', 200), arg('docs', 10_000), 2)));
    const self = fileURLToPath(import.meta.url);
    console.log('| format | way | time | peak RSS | output |\n|---|---|---|---|---|');
    for (const format of formats) {
      for (const way of ['streamed', 'in memory'] as const) {
        const out = join(dir, `all.${format}`);
        const r = spawnSync(process.execPath, ['--import', 'tsx', self, db, format, way, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (r.status !== 0) throw new Error(`export ${format} (${way}) failed: ${r.stderr}`);
        const row = JSON.parse(r.stdout.trim().split('\n').pop() as string) as Row;
        console.log(`| ${format} | ${way} | ${(row.ms / 1000).toFixed(1)} s | ${row.peakRssMb} MB | ${(row.bytes / 1e6).toFixed(1)} MB |`);
        rmSync(out, { force: true });
      }
    }
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Cloned rows keep their document's analysis id inside the stored JSON, so every copy would be one document to the
 * exporters (STIX writes a repeated id once); each copy gets the id of its row's doc_id ("<id>#<copy>") here.
 */
async function distinctCopies(db: string): Promise<string> {
  const store = SqliteStore.open(db);
  try {
    const rows = await store.all<{ id: number; doc_id: string; json: Uint8Array }>("SELECT d.id, d.doc_id, t.json FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.doc_id LIKE '%#%'");
    await store.transaction(async (tx) => {
      for (const r of rows) {
        const doc = JSON.parse(inflateRawSync(r.json).toString('utf8')) as { id: string };
        await tx.run('UPDATE document_texts SET json = ? WHERE id = ?', [deflateRawSync(JSON.stringify({ ...doc, id: r.doc_id })), r.id]);
      }
    });
  } finally {
    await store.close();
  }
  return db;
}

/** The child: one export of the whole store, streamed (the CLI) or built in memory (as --all did before); one JSON row. */
async function child(db: string, format: Format, way: string, out: string): Promise<void> {
  const t = performance.now();
  if (way === 'streamed') {
    const { main } = await import('../src/cli/main.js');
    const code = await main(['export', '--db', db, '--all', '--format', format, '--out', out, '--quiet']);
    if (code !== 0) throw new Error(`exit ${code}`);
  } else {
    const { selectStored } = await import('../src/cli/commands/export-select.js');
    const { exportDocuments } = await import('../src/export/index.js');
    const { writeFileSync } = await import('node:fs');
    const selected = await selectStored(db, ['all']);
    writeFileSync(out, exportDocuments(format, selected.docs, { ...selected.context, scope: selected.scope }).body);
  }
  const row: Row = { ms: performance.now() - t, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes: statSync(out).size };
  console.log(JSON.stringify(row));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await child(process.argv[2], process.argv[3] as Format, process.argv[4], process.argv[5]);
