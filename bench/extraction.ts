// Extraction throughput: claimtrail's HTML ingest vs @mozilla/readability over linkedom, on the same decoded pages,
// one warm-up round then several timed rounds each; RSS is sampled after every page of each phase.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DEFAULT_DATASET, datasetMissing, loadGold, readPage } from '../eval/extraction/dataset.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { fromHtml } from '../src/ingest/html/index.js';

const ROUNDS = 5;

interface Page {
  name: string;
  html: string;
  bytes: number;
}

interface Phase {
  name: string;
  pagesPerSecond: number;
  msPerPage: number;
  peakRssMb: number;
  failures: number;
}

const extractors: Record<string, (page: Page) => number> = {
  claimtrail: (p) => fromHtml(p.html, { name: p.name, encoding: 'utf-8', bytes: p.bytes }).text.length,
  'readability+linkedom': (p) => new Readability(parseHTML(p.html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.textContent?.length ?? 0,
};

export async function benchExtraction(): Promise<void> {
  const missing = datasetMissing(DEFAULT_DATASET);
  if (missing) {
    console.log(`\n## extraction\n\nskipped: ${missing}`);
    return;
  }
  const pages: Page[] = loadGold(DEFAULT_DATASET).flatMap((g) => {
    const bytes = readPage(DEFAULT_DATASET, g.file);
    return bytes ? [{ name: g.file, html: decodeBytes(bytes, { name: g.file, isHtml: true }).text, bytes: bytes.length }] : [];
  });
  const megabytes = pages.reduce((n, p) => n + p.bytes, 0) / 1e6;
  console.log(`\n## extraction — ${pages.length} pages (${megabytes.toFixed(1)} MB), 1 warm-up + ${ROUNDS} timed rounds each (median round reported)\n`);
  const phases = Object.entries(extractors).map(([name, extract]) => phase(name, extract, pages));
  console.log(`${'extractor'.padEnd(22)} ${'pages/s'.padStart(9)} ${'ms/page'.padStart(9)} ${'peak RSS MB'.padStart(12)} ${'failures'.padStart(9)}`);
  for (const p of phases) {
    console.log(`${p.name.padEnd(22)} ${p.pagesPerSecond.toFixed(0).padStart(9)} ${p.msPerPage.toFixed(2).padStart(9)} ${p.peakRssMb.toFixed(0).padStart(12)} ${String(p.failures).padStart(9)}`);
  }
  const [ours, base] = phases;
  console.log(`\nclaimtrail is ${(ours.pagesPerSecond / base.pagesPerSecond).toFixed(1)}× readability+linkedom's throughput (RSS is the process's, sampled per page; phases run in this order).`);
}

function phase(name: string, extract: (page: Page) => number, pages: Page[]): Phase {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  let failures = 0;
  const run = (page: Page) => {
    try {
      extract(page);
    } catch {
      failures++;
    }
  };
  pages.forEach(run);
  failures = 0;
  let peak = process.memoryUsage.rss();
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    for (const page of pages) {
      run(page);
      peak = Math.max(peak, process.memoryUsage.rss());
    }
    rounds.push(performance.now() - started);
  }
  // The median round: a garbage-collection storm in one round does not decide the number.
  const ms = rounds.sort((a, b) => a - b)[rounds.length >> 1];
  return { name, pagesPerSecond: (pages.length * 1000) / ms, msPerPage: ms / pages.length, peakRssMb: peak / 1e6, failures: failures / ROUNDS };
}
