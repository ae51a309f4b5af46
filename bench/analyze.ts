// Whole-analysis speed and memory: the stages after extraction on extracted texts, the whole `analyze` from HTML,
// and resident memory along a long run (it must stay flat).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../src/analyze.js';
import { createDoc } from '../src/core/doc.js';
import type { Doc } from '../src/core/types.js';
import { fromHtml } from '../src/ingest/html/index.js';
import { fromText } from '../src/ingest/text.js';
import { defaultPipeline } from '../src/preset.js';
import { datasetPath } from '../eval/dataset-paths.js';

interface Page {
  name: string;
  html: string;
}

function loadPages(): Page[] {
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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

export async function benchAnalyze(options: { documents?: number } = {}): Promise<void> {
  const pages = loadPages();
  const { path: seedPath, missing } = datasetPath('../fixtures/almirsad-kabulov-isis.txt');
  const seed = missing ? null : fromText(readFileSync(seedPath, 'utf8'), { name: 'seed' });
  const extracted: Doc[] = [];
  for (const page of pages) {
    try {
      extracted.push(fromHtml(page.html, { name: page.name, encoding: 'utf-8', bytes: page.html.length }));
    } catch {
      // pages with no article are part of the extraction benchmark, not this one
    }
  }
  if (seed) extracted.push(seed);
  if (!extracted.length) {
    console.log('analyze: skipped — no pages (../shared/datasets/extraction/trafilatura-en) and no seed article.');
    return;
  }
  const chars = extracted.reduce((n, d) => n + d.text.length, 0);
  const pipeline = defaultPipeline();
  for (const doc of extracted) pipeline.run(doc); // warm-up

  const rounds = 5;
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const doc of extracted) pipeline.run(doc);
  const stagesSeconds = (performance.now() - t0) / 1000;
  const stagesRate = (rounds * extracted.length) / stagesSeconds;

  t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const page of pages) safe(() => analyze({ html: page.html, name: page.name }));
  const wholeRate = pages.length ? (rounds * pages.length) / ((performance.now() - t0) / 1000) : 0;

  console.log('\n## analyze (one core)\n');
  console.log(`documents: ${extracted.length} (trafilatura-en pages with an article + the seed), mean ${Math.round(chars / extracted.length)} characters of text`);
  console.log(`stages after extraction: ${stagesRate.toFixed(0)} articles/s (${((stagesSeconds / (rounds * extracted.length)) * 1000).toFixed(2)} ms each)`);
  if (pages.length) console.log(`whole analyze from HTML: ${wholeRate.toFixed(0)} pages/s`);

  const total = options.documents ?? 10_000;
  const samples: string[] = [];
  let peak = 0;
  global.gc?.();
  for (let i = 0; i < total; i++) {
    const base = extracted[i % extracted.length];
    // A distinct document each time, so nothing can be cached by identity.
    pipeline.run(createDoc({ text: `${base.text}\n\nRun ${i}.`, meta: base.meta, source: base.source }));
    if ((i + 1) % (total / 5) === 0) {
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      samples.push(`${i + 1}: ${mb(rss)}`);
    }
  }
  console.log(`memory over ${total} documents (RSS): ${samples.join(', ')}; peak ${mb(peak)}`);
}

function safe(fn: () => unknown): void {
  try {
    fn();
  } catch {
    // counted in the extraction benchmark
  }
}
