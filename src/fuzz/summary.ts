// Per-chunk summary files, so 100,000 pages can be run in chunks (--from) and the totals added up honestly: each
// file says which pages it covered (a stopped chunk too: it is rewritten as it goes), and adding up refuses chunks
// of another seed or mix, or chunks that overlap (a page counted twice), and names the gaps.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Finding, FuzzStats } from './run.js';

export interface FuzzSummary extends FuzzStats {
  version: 1;
  /** Pages the chunk was asked for; `pages` is how many it did. */
  planned: number;
  complete: boolean;
  hangMs: number;
  node: string;
  written: string;
}

export function writeSummary(path: string, stats: FuzzStats, planned: number, hangMs: number): void {
  const summary: FuzzSummary = { version: 1, ...stats, planned, complete: stats.pages === planned, hangMs, node: process.version, written: new Date().toISOString() };
  // Written beside and renamed: a chunk killed mid-write leaves the previous summary whole.
  writeFileSync(`${path}.tmp`, `${JSON.stringify(summary, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
}

export function readSummary(path: string): FuzzSummary {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read the fuzz summary "${path}": ${(error as Error).message}. Give a file written by npm run fuzz -- --summary FILE.`);
  }
  const s = data as Partial<FuzzSummary>;
  if (s.version !== 1 || !Number.isInteger(s.from) || !Number.isInteger(s.pages) || !Array.isArray(s.crashes) || !Array.isArray(s.hangs) || !Array.isArray(s.slow)) {
    throw new Error(`"${path}" is not a fuzz summary (version 1). Give a file written by npm run fuzz -- --summary FILE.`);
  }
  return s as FuzzSummary;
}

export interface FuzzTotal {
  seed: number;
  big: boolean;
  depth: string;
  /** Pages covered, as [first, last] ranges (adjacent chunks merged). */
  ranges: [number, number][];
  /** Pages missing between the first and the last covered. */
  gaps: [number, number][];
  pages: number;
  analysed: number;
  refused: Record<string, number>;
  crashes: Finding[];
  slow: Finding[];
  hangs: Finding[];
  /** The largest of the chunks' peaks (each chunk is its own process). */
  peakRssMb: number;
  seconds: number;
  cpuSeconds: number;
  incomplete: string[];
}

export function addUp(chunks: { path: string; summary: FuzzSummary }[]): FuzzTotal {
  if (!chunks.length) throw new Error('no fuzz summaries to add up: give the files written by npm run fuzz -- --summary FILE.');
  const first = chunks[0].summary;
  for (const { path, summary: s } of chunks) {
    // Summaries written before --min-size have no minMb: the usual mix.
    if (s.seed !== first.seed || s.big !== first.big || s.depth !== first.depth || (s.minMb ?? 0) !== (first.minMb ?? 0)) {
      throw new Error(`"${path}" is seed ${s.seed}, ${mix(s)}, depth ${s.depth}; "${chunks[0].path}" is seed ${first.seed}, ${mix(first)}, depth ${first.depth}. Add up only chunks of one run.`);
    }
  }
  const sorted = [...chunks].filter((c) => c.summary.pages > 0).sort((a, b) => a.summary.from - b.summary.from);
  const ranges: [number, number][] = [];
  const gaps: [number, number][] = [];
  let previous: { path: string; last: number } | null = null;
  for (const { path, summary: s } of sorted) {
    const last = s.from + s.pages - 1;
    if (previous && s.from <= previous.last) throw new Error(`"${path}" (pages ${s.from}–${last}) overlaps "${previous.path}" (up to page ${previous.last}): those pages would count twice. Leave one of them out.`);
    const tail = ranges.at(-1);
    if (tail && s.from === tail[1] + 1) tail[1] = last;
    else {
      if (tail) gaps.push([tail[1] + 1, s.from - 1]);
      ranges.push([s.from, last]);
    }
    previous = { path, last };
  }
  const total: FuzzTotal = { seed: first.seed, big: first.big, depth: first.depth, ranges, gaps, pages: 0, analysed: 0, refused: {}, crashes: [], slow: [], hangs: [], peakRssMb: 0, seconds: 0, cpuSeconds: 0, incomplete: [] };
  for (const { path, summary: s } of sorted) {
    total.pages += s.pages;
    total.analysed += s.analysed;
    for (const [code, n] of Object.entries(s.refused)) total.refused[code] = (total.refused[code] ?? 0) + n;
    total.crashes.push(...s.crashes);
    total.slow.push(...s.slow);
    total.hangs.push(...s.hangs);
    total.peakRssMb = Math.max(total.peakRssMb, s.peakRssMb);
    total.seconds += s.seconds;
    total.cpuSeconds += s.cpuSeconds;
    if (!s.complete) total.incomplete.push(`${path} (did ${s.pages} of ${s.planned} pages)`);
  }
  return total;
}

function mix(s: FuzzSummary): string {
  return s.minMb ? `big pages of ${s.minMb} MB or more only` : `${s.big ? 'with' : 'without'} big pages`;
}

export function formatRanges(ranges: [number, number][]): string {
  return ranges.length ? ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ') : 'none';
}
