// npm run bench -- crash [--engine=sqlite|postgres|both] [--articles=N] [--kills=N] [--workers=N] [--seed=N] [--keep]:
// crash safety of ingest (default: both engines; --workers: PostgreSQL worker processes at once, default 2).
// 1. A reference store: the generated corpus ingested once, uninterrupted, into SQLite.
// 2. The same corpus into a second store by a child `claimtrail ingest` killed with SIGKILL at a random moment,
//    --kills times, then run once more to its end; the store is compared with the reference: documents lost
//    (identities of the reference missing), duplicated (rows beyond one per identity, or identities the reference
//    lacks), SQLite integrity_check and FTS5 integrity-check.
// 3. Two `claimtrail ingest` processes on one fresh store at once: their exit codes and first error line, and the
//    same comparison.
// 4. PostgreSQL (crash-postgres.ts): the corpus queued, worker processes killed -9 --kills times, the queue drained;
//    the store compared with the reference.
// Prints figures; never asserts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeCorpus } from './corpus-generate.js';
import { crashPostgres } from './crash-postgres.js';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const CHILD = new URL('./crash-child.ts', import.meta.url).pathname;
/** Articles per transaction: small, so a corpus of a few hundred has many commit points to be killed between. */
const BATCH = 8;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  stderr: string;
}

/** Runs `claimtrail ingest corpus --db store`; with `killAfterMs`, SIGKILLs it then (if still running). */
export function ingestChild(corpus: string, db: string, kill?: { atStored: number; extraMs: number }): Promise<Run> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'ingest', corpus, '--db', db, '--workers', '1', '--batch', String(BATCH)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  // Killed once the store holds `atStored` documents, `extraMs` later: within the next batch's analysis or write.
  const timer = kill
    ? setInterval(() => {
        if (storedCount(db) < kill.atStored) return;
        if (timer) clearInterval(timer);
        setTimeout(() => child.kill('SIGKILL'), kill.extraMs);
      }, 50)
    : null;
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, seconds: (Date.now() - started) / 1000, stderr });
    });
  });
}

export interface Comparison {
  documents: number;
  lost: number;
  duplicated: number;
  integrity: string;
  fts: string;
}

/** The store against the reference set of identities. */
export function compare(db: string, reference: Set<string>): Comparison {
  const d = new Database(db); // FTS5's integrity-check is an INSERT command: it needs a writable connection
  try {
    const rows = d.prepare('SELECT identity FROM documents').all() as { identity: string }[];
    const seen = new Set(rows.map((r) => r.identity));
    const lost = [...reference].filter((i) => !seen.has(i)).length;
    const duplicated = rows.length - seen.size + [...seen].filter((i) => !reference.has(i)).length;
    const integrity = (d.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
    let fts = 'ok';
    try {
      d.prepare("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')").run();
    } catch (error) {
      fts = (error as Error).message;
    }
    return { documents: rows.length, lost, duplicated, integrity, fts };
  } finally {
    d.close();
  }
}

export function identities(db: string): Set<string> {
  const d = new Database(db, { readonly: true });
  try {
    return new Set((d.prepare('SELECT identity FROM documents').all() as { identity: string }[]).map((r) => r.identity));
  } finally {
    d.close();
  }
}

function storedCount(db: string): number {
  try {
    return identities(db).size;
  } catch {
    return 0; // killed before the store was created
  }
}

const show = (c: Comparison) => `${c.documents} documents, lost ${c.lost}, duplicated ${c.duplicated}, integrity_check ${c.integrity}, FTS5 integrity-check ${c.fts}`;

const ENGINES = ['sqlite', 'postgres', 'both'] as const;

export async function benchCrash(): Promise<void> {
  const engine = process.argv.find((a) => a.startsWith('--engine='))?.split('=')[1] ?? 'both';
  if (!(ENGINES as readonly string[]).includes(engine)) throw new Error(`--engine=${engine}: give --engine=sqlite, --engine=postgres or --engine=both (the default).`);
  const articles = arg('articles', 300);
  const kills = arg('kills', 20);
  const workers = arg('workers', 2);
  if (![articles, kills, workers].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--articles, --kills and --workers take whole numbers over 0.');
  let seed = arg('seed', 1);
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-crash-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, articles);
    const ref = await ingestChild(corpus, join(dir, 'reference.db'));
    if (ref.code !== 0) throw new Error(`the reference ingest failed (${ref.code}): ${ref.stderr.trim().split('\n')[0]}`);
    const reference = identities(join(dir, 'reference.db'));
    console.log(`\n## crash safety: ${articles} generated articles; reference: uninterrupted SQLite ingest stored ${reference.size} documents in ${ref.seconds.toFixed(1)} s`);
    if (engine !== 'postgres') await crashSqlite(dir, corpus, reference, kills, random);
    if (engine !== 'sqlite') await crashPostgres({ corpus, referenceDb: join(dir, 'reference.db'), kills, workers, random });
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}

async function crashSqlite(dir: string, corpus: string, reference: Set<string>, kills: number, random: () => number): Promise<void> {
  console.log(`\n## crash safety (SQLite): ${kills} kill -9s of claimtrail ingest`);

  const db = join(dir, 'killed.db');
  let killed = 0;
  let finished = 0;
  const counts: number[] = [];
  for (let k = 0; k < kills; k++) {
    // Each kill lands after a random number of further documents, a random 0–1.5 s into what follows.
    const now = storedCount(db);
    // Spread over what is left, so most kills land while documents are still being written.
    const step = Math.max(1, (reference.size - now) / (kills - k));
    const atStored = Math.min(reference.size, now + 1 + Math.floor(random() * step));
    const r = await ingestChild(corpus, db, { atStored, extraMs: Math.round(random() * 1500) });
    if (r.signal === 'SIGKILL') killed++;
    else finished++;
    if (r.signal !== 'SIGKILL' && r.code !== 0) console.log(`run ${k + 1}: exit ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
    counts.push(storedCount(db));
  }
  console.log(`${kills} runs (batches of ${BATCH}) killed at a random point after a random number of further documents: ${killed} killed mid-run, ${finished} finished first; documents stored after each: ${counts.join(' ')}`);
  const last = await ingestChild(corpus, db);
  console.log(`final run: exit ${last.code} in ${last.seconds.toFixed(1)} s${last.code ? `: ${last.stderr.trim().split('\n')[0]}` : ''}`);
  console.log(`after kills + re-run: ${show(compare(db, reference))}`);

  const both = join(dir, 'two-writers.db');
  const [a, b] = await Promise.all([ingestChild(corpus, both), ingestChild(corpus, both)]);
  const line = (r: Run) => `exit ${r.code}${r.code ? ` (${r.stderr.trim().split('\n')[0]})` : ''}`;
  console.log(`two writers at once: ${line(a)}; ${line(b)}; then ${show(compare(both, reference))}`);
  const again = await ingestChild(corpus, both);
  console.log(`two writers, then one re-run: exit ${again.code}; ${show(compare(both, reference))}`);
}
