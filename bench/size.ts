// Time and peak memory of analysing one page of 0.1, 1, 5, 10 and 20 MB (the default --max-bytes is 20 MB), each in
// a fresh process so that its peak RSS is its own. Reading (decode + article extraction) is timed apart from the
// pipeline; the text handed to the pipeline is capped (--max-chars), so the pipeline time levels off.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ItemAnalyzer } from '../src/corpus/ingest/analyze-item.js';
import { articlePage } from '../src/fuzz/pages.js';

const SIZES_MB = [0.1, 1, 5, 10, 20];

interface Row {
  mb: number;
  readMs: number;
  pipelineMs: number;
  textChars: number;
  truncated: boolean;
  peakRssMb: number;
}

export async function benchSize(): Promise<void> {
  console.log('\n## size (one article page per process, default limits)\n');
  console.log('| page | read + extract | pipeline | total | text analysed | peak RSS |');
  console.log('|---|---|---|---|---|---|');
  const self = fileURLToPath(import.meta.url);
  for (const mb of SIZES_MB) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, String(mb)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.log(`| ${mb} MB | failed (exit ${r.status}): ${(r.stderr || line).trim().split('\n').pop()} | | | | |`);
      continue;
    }
    const row = JSON.parse(line) as Row;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`| ${mb} MB | ${s(row.readMs)} | ${s(row.pipelineMs)} | ${s(row.readMs + row.pipelineMs)} | ${row.textChars.toLocaleString('en')} chars${row.truncated ? ' (capped)' : ''} | ${row.peakRssMb} MB |`);
  }
}

/** The child: one page of `mb` megabytes, read then analysed; prints one JSON row. */
function child(mb: number): void {
  const analyzer = new ItemAnalyzer();
  analyzer.warm();
  const bytes = new TextEncoder().encode(articlePage(Math.round(mb * 1024 * 1024)));
  let t = performance.now();
  const doc = analyzer.document({ kind: 'bytes', name: `page-${mb}mb.html`, bytes });
  const readMs = performance.now() - t;
  t = performance.now();
  const analysed = analyzer.run(doc);
  const pipelineMs = performance.now() - t;
  const row: Row = { mb, readMs, pipelineMs, textChars: analysed.text.length, truncated: analysed.messages.some((m) => m.ruleId === 'text-truncated'), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  console.log(JSON.stringify(row));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) child(Number(process.argv[2]));
