// Whole-analysis speed and memory: the stages after extraction on extracted texts, the whole `analyze` from HTML,
// and resident memory along a long run (it must stay flat).
//
// Speed is printed twice: per wall-clock second and per CPU second of this process (user + system). On a machine shared
// with other work the CPU figure is the one to compare: it does not count time spent waiting for a core.
// Memory: a child process (bench/analyze-memory.ts, no heap flag) analyses 10,000 distinct documents one after the
// other in a worker thread with ingest's old-space limit, as a batch ingest does, holding nothing but the 170 base
// texts; RSS is sampled without forcing garbage collection (what an operator sees), and the live heap after a full
// collection is printed too (what is really retained).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/analyze.js';
import type { Doc, DocMeta, DocSource } from '../src/core/types.js';
import { fromHtml } from '../src/ingest/html/index.js';
import { fromText } from '../src/ingest/text.js';
import { defaultPipeline } from '../src/preset.js';
import type { Pipeline } from '../src/core/pipeline.js';
import { datasetPath } from '../eval/dataset-paths.js';

interface Page {
  name: string;
  html: string;
}

/** What the memory run starts each document from: the extracted text and metadata, with no tie to the page's HTML. */
export interface Base {
  text: string;
  meta: DocMeta;
  source: DocSource;
}

export function loadPages(): Page[] {
  const { path, missing } = datasetPath('extraction/trafilatura-en/html');
  if (missing) return [];
  return readdirSync(path)
    .filter((f) => /\.html?(\.gz)?$/.test(f))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(path, f));
      return { name: f, html: (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') };
    });
}

export function extract(pages: Page[]): Doc[] {
  const { path: seedPath, missing } = datasetPath('../fixtures/almirsad-kabulov-isis.txt');
  const extracted: Doc[] = [];
  for (const page of pages) {
    try {
      extracted.push(fromHtml(page.html, { name: page.name, encoding: 'utf-8', bytes: page.html.length }));
    } catch {
      // pages with no article are part of the extraction benchmark, not this one
    }
  }
  if (!missing) extracted.push(fromText(readFileSync(seedPath, 'utf8'), { name: 'seed' }));
  return extracted;
}

/**
 * A copy that shares no memory with the page: the extracted text is a slice of the decoded HTML, and V8 keeps the
 * whole page alive for as long as a slice of it is (the 169 pages weigh ~45 MB of heap). Round-tripping through JSON
 * makes flat strings of their own.
 */
export function detach(doc: Doc): Base {
  return JSON.parse(JSON.stringify({ text: doc.text, meta: doc.meta, source: doc.source })) as Base;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/** Per-stage CPU time (from Pipeline.run's cpuMicros) as a table: ms per article and share of the stages' total. */
export function stageTable(cpuMicros: Map<string, number>, articles: number): string {
  const total = [...cpuMicros.values()].reduce((a, b) => a + b, 0) || 1;
  const rows = [...cpuMicros].map(([name, us]) => `| ${name.padEnd(10)} | ${(us / 1000 / articles).toFixed(2).padStart(9)} | ${((100 * us) / total).toFixed(1).padStart(5)}% |`);
  return ['| stage      | ms/article | share  |', '|------------|-----------:|-------:|', ...rows, `| ${'all'.padEnd(10)} | ${(total / 1000 / articles).toFixed(2).padStart(9)} | 100.0% |`].join('\n');
}

function stagesSpeed(pipeline: Pipeline, docs: Doc[], rounds: number): { wall: number; cpu: number; perStage: Map<string, number> } {
  for (const doc of docs) pipeline.run(doc); // warm-up
  const perStage = new Map<string, number>();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const doc of docs) pipeline.run(doc, perStage);
  const wall = (performance.now() - t0) / 1000;
  return { wall: (rounds * docs.length) / wall, cpu: (rounds * docs.length) / cpuSeconds(c0), perStage };
}

function wholeSpeed(pages: Page[], rounds: number): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const page of pages) safe(() => analyze({ html: page.html, name: page.name }));
  const wall = (performance.now() - t0) / 1000;
  return { wall: (rounds * pages.length) / wall, cpu: (rounds * pages.length) / cpuSeconds(c0) };
}


/** `npm run bench -- analyze --documents=N`: a shorter memory run (default 10,000 documents). */
function documentsArgument(): number | undefined {
  const arg = process.argv.find((a) => a.startsWith('--documents='));
  if (!arg) return undefined;
  const n = Number(arg.slice('--documents='.length));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${arg}: give the memory run's document count as a positive integer, e.g. --documents=1000.`);
  return n;
}

export async function benchAnalyze(options: { documents?: number } = {}): Promise<void> {
  const documents = options.documents ?? documentsArgument() ?? 10_000;
  const pages = loadPages();
  const extracted = extract(pages);
  if (!extracted.length) {
    console.log('analyze: skipped — no pages (../shared/datasets/extraction/trafilatura-en) and no seed article.');
    return;
  }
  const chars = extracted.reduce((n, d) => n + d.text.length, 0);
  const pipeline = defaultPipeline();
  const rounds = 5;
  const stages = stagesSpeed(pipeline, extracted, rounds);
  const whole = pages.length ? wholeSpeed(pages, rounds) : null;

  console.log('\n## analyze (one core)\n');
  console.log(`documents: ${extracted.length} (trafilatura-en pages with an article + the seed), mean ${Math.round(chars / extracted.length)} characters of text`);
  console.log(`stages after extraction: ${stages.cpu.toFixed(0)} articles per CPU second (${(1000 / stages.cpu).toFixed(2)} ms each); ${stages.wall.toFixed(0)} per wall second`);
  console.log(`\nCPU time per stage (process.cpuUsage around each stage, ${rounds} rounds):\n\n${stageTable(stages.perStage, rounds * extracted.length)}\n`);
  if (whole) console.log(`whole analyze from HTML: ${whole.cpu.toFixed(0)} pages per CPU second; ${whole.wall.toFixed(0)} per wall second`);

  // The memory run gets a process of its own: what this one loaded and analysed above would be counted in its RSS.
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', fileURLToPath(new URL('./analyze-memory.ts', import.meta.url)), String(documents)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  process.stdout.write(child.stdout);
}

function safe(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // counted in the extraction benchmark
  }
}
