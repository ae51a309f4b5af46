// The memory half of `npm run bench -- analyze`, in a process of its own (bench/analyze.ts spawns it with
// --expose-gc and no heap flag): it loads the pages, keeps only their extracted texts, and analyses 10,000 distinct
// documents in one worker thread started as ingest starts its analysis threads (same old-space limit,
// src/corpus/ingest/heap-limit.ts), so the RSS printed is what an operator of `claimtrail ingest` sees per thread.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createDoc } from '../src/core/doc.js';
import type { Pipeline } from '../src/core/pipeline.js';
import { ANALYSIS_OLD_SPACE_MB } from '../src/corpus/ingest/heap-limit.js';
import { defaultPipeline } from '../src/preset.js';
import { detach, extract, loadPages, type Base } from './analyze.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** RSS at start, every fifth of the run, peak and end, over `total` distinct documents; live heap after a full GC. */
function memoryRun(pipeline: Pipeline, bases: Base[], total: number): string[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  // One pass first: what the stages load or cache on first use is part of the start, not growth.
  for (const base of bases) pipeline.run(createDoc(base));
  gc?.();
  const start = process.memoryUsage();
  const samples: string[] = [];
  let peak = start.rss;
  const every = Math.max(1, Math.floor(total / 50));
  for (let i = 0; i < total; i++) {
    const base = bases[i % bases.length];
    // A distinct document each time, so nothing can be cached by identity.
    pipeline.run(createDoc({ text: `${base.text}\n\nRun ${i}.`, meta: base.meta, source: base.source }));
    if ((i + 1) % every === 0) peak = Math.max(peak, process.memoryUsage().rss);
    if ((i + 1) % Math.max(1, Math.floor(total / 5)) === 0) samples.push(`${i + 1}: ${mb(process.memoryUsage().rss)}`);
  }
  const end = process.memoryUsage().rss;
  const lines = [`memory over ${total} documents (process RSS, analysis in one thread with the ingest old-space limit of ${ANALYSIS_OLD_SPACE_MB} MB, no forced GC): start ${mb(start.rss)}, peak ${mb(peak)}, end ${mb(end)} (${samples.join(', ')})`];
  if (gc) {
    gc();
    lines.push(`live heap of the analysis thread after a full GC: start ${mb(start.heapUsed)}, end ${mb(process.memoryUsage().heapUsed)}`);
  } else lines.push('(run with node --expose-gc to print the live heap as well)');
  return lines;
}

if (isMainThread) {
  // Under tsx a worker thread does not inherit the module hooks: register them first (as src/corpus/ingest/pool.ts does).
  const target = import.meta.url;
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { total: Number(process.argv[2] ?? 10_000) }, resourceLimits: { maxOldGenerationSizeMb: ANALYSIS_OLD_SPACE_MB } });
  worker.on('message', (lines: string[]) => lines.forEach((line) => console.log(line)));
  worker.on('error', (error) => {
    console.error(`analyze memory run failed: ${error.message}`);
    process.exitCode = 1;
  });
} else {
  // Nothing may hold a page from here on: the run is about what the analysis keeps.
  const bases = extract(loadPages()).map(detach);
  const { total } = workerData as { total: number };
  parentPort!.postMessage(bases.length ? memoryRun(defaultPipeline(), bases, total) : ['analyze memory: skipped — no pages and no seed article.']);
}
