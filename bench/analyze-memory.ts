// The memory half of `npm run bench -- analyze`, in a process of its own (bench/analyze.ts spawns it with
// --expose-gc): it loads the pages, keeps only their extracted texts, and analyses 10,000 distinct documents.
import { createDoc } from '../src/core/doc.js';
import type { Pipeline } from '../src/core/pipeline.js';
import { defaultPipeline } from '../src/preset.js';
import { detach, extract, loadPages, type Base } from './analyze.js';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** RSS at start, every fifth of the run, peak and end, over `total` distinct documents. */
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
  const limit = process.execArgv.find((a) => a.startsWith('--max-old-space-size'));
  const lines = [`memory over ${total} documents (RSS, no forced GC${limit ? `, ${limit}` : ''}): start ${mb(start.rss)}, peak ${mb(peak)}, end ${mb(end)} (${samples.join(', ')})`];
  if (gc) {
    gc();
    lines.push(`live heap after a full GC: start ${mb(start.heapUsed)}, end ${mb(process.memoryUsage().heapUsed)}`);
  } else lines.push('(run with node --expose-gc to print the live heap as well)');
  return lines;
}


// Nothing may hold a page from here on: the run is about what the analysis keeps.
const bases = extract(loadPages()).map(detach);
if (bases.length) {
  const pipeline = defaultPipeline();
  for (const line of memoryRun(pipeline, bases, Number(process.argv[2] ?? 10_000))) console.log(line);
}
