// Extraction evaluation over trafilatura's English pages: ours vs readability-over-linkedom, side by side.
import { basename } from 'node:path';
import { DEFAULT_DATASET, datasetMissing, loadGold, readPage, type GoldPage } from './dataset.js';
import { ours, readability, type Extractor } from './extractors.js';
import { authorMatches, countSnippets, dateMatches, field, rates, titleMatches, type Counts, type FieldScore } from './score.js';

export interface ExtractionEvalOptions {
  /** Dataset folder (default ../shared/datasets/extraction/trafilatura-en). */
  dataset?: string;
  /** Also run the readability baseline (default true). */
  baseline?: boolean;
  /** Only the first N pages (for quick runs). */
  limit?: number;
}

export interface ExtractorScores extends Counts {
  name: string;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  title: FieldScore;
  author: FieldScore;
  date: FieldScore;
  /** Pages the extractor threw on (counted as empty output). */
  failures: string[];
  ms: number;
}

export interface ExtractionEvalResult {
  name: 'extraction';
  skipped: boolean;
  message: string;
  dataset: string;
  ours: ExtractorScores | null;
  baseline: ExtractorScores | null;
  /** Our numbers, flat, as compared with the floors in eval/baseline.json under "extraction". */
  metrics: Record<string, number>;
}

export async function runExtractionEval(options: ExtractionEvalOptions = {}): Promise<ExtractionEvalResult> {
  const dataset = options.dataset ?? DEFAULT_DATASET;
  const missing = datasetMissing(dataset);
  if (missing) return { name: 'extraction', skipped: true, message: `skipped: ${missing}`, dataset, ours: null, baseline: null, metrics: {} };
  const gold = loadGold(dataset).slice(0, options.limit ?? Infinity);
  const pages = gold.flatMap((page) => {
    const bytes = readPage(dataset, page.file);
    return bytes ? [{ page, bytes }] : [];
  });
  const mine = score('claimtrail', ours, pages);
  const base = options.baseline === false ? null : score('readability+linkedom', readability, pages);
  const metrics = { f1: mine.f1, precision: mine.precision, recall: mine.recall, accuracy: mine.accuracy, title: mine.title.accuracy, author: mine.author.accuracy, date: mine.date.accuracy };
  const message = `${pages.length} of ${gold.length} pages found in ${basename(dataset)}`;
  return { name: 'extraction', skipped: false, message, dataset, ours: mine, baseline: base, metrics };
}

function score(name: string, extract: Extractor, pages: { page: GoldPage; bytes: Uint8Array }[]): ExtractorScores {
  const counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  const fields = { title: [0, 0], author: [0, 0], date: [0, 0] };
  const failures: string[] = [];
  const started = performance.now();
  for (const { page, bytes } of pages) {
    let out = { text: '', title: null as string | null, author: null as string | null, date: null as string | null };
    try {
      out = extract(bytes, page.file, page.url);
    } catch (error) {
      failures.push(`${page.file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const c = countSnippets(out.text, page);
    counts.tp += c.tp; counts.fn += c.fn; counts.fp += c.fp; counts.tn += c.tn;
    if (page.title) tally(fields.title, titleMatches(out.title, page.title));
    if (page.author) tally(fields.author, authorMatches(out.author, page.author));
    if (page.date) tally(fields.date, dateMatches(out.date, page.date));
  }
  return {
    name, pages: pages.length, ...counts, ...rates(counts),
    title: field(fields.title[0], fields.title[1]), author: field(fields.author[0], fields.author[1]), date: field(fields.date[0], fields.date[1]),
    failures, ms: performance.now() - started,
  };
}

function tally(t: number[], ok: boolean): void {
  t[1]++;
  if (ok) t[0]++;
}

/** Prints the two extractors side by side. */
export function print(result: ExtractionEvalResult, log: (line: string) => void = console.log): void {
  if (result.skipped || !result.ours) {
    log(`extraction: ${result.message}`);
    return;
  }
  const cols = [result.ours, result.baseline].filter((c): c is ExtractorScores => c !== null);
  const pct = (x: number) => x.toFixed(3);
  const rows: [string, (s: ExtractorScores) => string][] = [
    ['pages', (s) => String(s.pages)],
    ['precision', (s) => pct(s.precision)],
    ['recall', (s) => pct(s.recall)],
    ['F1', (s) => pct(s.f1)],
    ['accuracy', (s) => pct(s.accuracy)],
    ['tp/fn/fp/tn', (s) => `${s.tp}/${s.fn}/${s.fp}/${s.tn}`],
    ['title', (s) => `${pct(s.title.accuracy)} (${s.title.correct}/${s.title.total})`],
    ['author', (s) => `${pct(s.author.accuracy)} (${s.author.correct}/${s.author.total})`],
    ['date', (s) => `${pct(s.date.accuracy)} (${s.date.correct}/${s.date.total})`],
    ['failures', (s) => String(s.failures.length)],
    ['time (ms)', (s) => s.ms.toFixed(0)],
  ];
  log(`extraction — ${result.message}`);
  log(['metric'.padEnd(12), ...cols.map((c) => c.name.padStart(22))].join(' '));
  for (const [label, fn] of rows) log([label.padEnd(12), ...cols.map((c) => fn(c).padStart(22))].join(' '));
  for (const c of cols) for (const f of c.failures.slice(0, 5)) log(`  ${c.name} failed: ${f}`);
}
