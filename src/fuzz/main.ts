// npm run fuzz [-- --pages N --seed S --from I --small --min-size MB --read-only --summary FILE]: hostile pages through analyze and
// ingest in one warm worker thread, each stopped at 10 s of CPU (or 60 s of wall) time and then replayed alone; prints
// crashes, hangs and peak memory, and exits 1 when there is any crash or hang. `--total FILE…` adds up the summaries of chunks run with --summary.
import { parseArgs } from 'node:util';
import { MAX_BIG_MB } from './big-pages.js';
import { HANG_MS, REPLAY_FACTOR, runFuzz, type Finding, type FuzzStats } from './run.js';
import { addUp, formatRanges, readSummary, writeSummary } from './summary.js';

const USAGE = 'usage: npm run fuzz -- [--pages N] [--seed S] [--from I] [--small] [--min-size MB] [--read-only] [--summary FILE]   (whole numbers; --small leaves out the 1–50 MB pages; --min-size MB makes every page a big hostile one of MB–19 MB (memory runs); --read-only stops after article extraction; --summary writes the chunk\'s figures as it goes)\n       npm run fuzz -- --total FILE…   (adds up chunk summaries)';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { pages: { type: 'string', default: '100000' }, seed: { type: 'string', default: '16' }, from: { type: 'string', default: '0' }, small: { type: 'boolean', default: false }, 'min-size': { type: 'string', default: '0' }, 'read-only': { type: 'boolean', default: false }, summary: { type: 'string' }, total: { type: 'boolean', default: false } },
});

if (values.total) process.exit(total(positionals));
if (positionals.length) fail(`unexpected argument "${positionals[0]}"`);
const pages = Number(values.pages);
const seed = Number(values.seed);
const from = Number(values.from);
const minMb = Number(values['min-size']);
if (![pages, seed, from, minMb].every(Number.isInteger) || pages <= 0 || from < 0 || minMb < 0 || minMb > MAX_BIG_MB) fail(`--pages, --seed, --from and --min-size take whole numbers (--pages over 0, --from 0 or more, --min-size 0–${MAX_BIG_MB})`);
const summary = values.summary;
console.log(`# claimtrail fuzz — node ${process.version}, seed ${seed}, pages ${from}–${from + pages - 1}${minMb ? `, only big hostile pages of ${minMb}–${MAX_BIG_MB} MB` : values.small ? ', no big pages' : ''}${values['read-only'] ? ', read only' : ''}; a page is stopped at ${HANG_MS / 1000} s of CPU or ${(HANG_MS * REPLAY_FACTOR) / 1000} s of wall time and replayed alone: a hang when stopped again${summary ? `; summary in ${summary}` : ''}`);
let last = performance.now();
let shown = { crashes: 0, slow: 0 };
const stats = await runFuzz({
  seed,
  pages,
  from,
  big: !values.small,
  minMb,
  mode: 'thread',
  depth: values['read-only'] ? 'read' : 'all',
  onPage: (done, s) => {
    // Findings as they come, so a long run that is stopped still names them.
    for (const f of s.crashes.slice(shown.crashes)) console.log(`crash ${f.id} ${f.kind}: ${f.detail.split('\n')[0]}`);
    for (const f of s.slow.slice(shown.slow)) console.log(`over ${HANG_MS / 1000} s ${f.id} ${f.kind}: ${f.detail}${s.hangs.some((h) => h.id === f.id) ? ' → HANG' : ''}`);
    shown = { crashes: s.crashes.length, slow: s.slow.length };
    if (performance.now() - last < 30_000 && done !== pages) return;
    last = performance.now();
    if (summary) writeSummary(summary, s, pages, HANG_MS);
    console.log(`${done} pages (${from}–${from + done - 1}) · ${(done / s.seconds).toFixed(1)}/s · ${s.crashes.length} crashes · ${s.slow.length} over ${HANG_MS / 1000} s wall · ${s.hangs.length} hangs · peak RSS ${s.peakRssMb} MB`);
  },
});
report(stats);
process.exit(stats.crashes.length || stats.hangs.length ? 1 : 0);

function report(s: FuzzStats): void {
  console.log(`\npages ${s.from}–${s.from + s.pages - 1}: ${s.pages} in ${s.seconds.toFixed(0)} s (${(s.pages / s.seconds).toFixed(1)}/s; ${(s.cpuSeconds / s.pages * 1000).toFixed(0)} ms CPU a page); ${s.threads} worker thread(s) started; analysed ${s.analysed}; refused with a clear error: ${JSON.stringify(s.refused)}`);
  findings(`crashes`, s.crashes);
  findings(`pages over ${HANG_MS / 1000} s wall`, s.slow);
  findings(`hangs (stopped at ${HANG_MS / 1000} s CPU or ${(HANG_MS * REPLAY_FACTOR) / 1000} s wall, and again on the replay alone)`, s.hangs);
  console.log(`peak RSS: ${s.peakRssMb} MB (whole process); most CPU for one page: ${(s.slowestCpuMs / 1000).toFixed(1)} s, ${s.slowest}`);
}

function findings(title: string, list: Finding[]): void {
  console.log(`${title}: ${list.length}`);
  for (const f of list.slice(0, 20)) console.log(`  ${f.id} ${f.kind}: ${f.detail.split('\n')[0]}`);
}

function total(paths: string[]): number {
  if (!paths.length) fail('--total needs the summary files to add up');
  let t;
  try {
    t = addUp(paths.map((path) => ({ path, summary: readSummary(path) })));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  console.log(`# fuzz total — seed ${t.seed}${t.big ? '' : ', no big pages'}${t.depth === 'read' ? ', read only' : ''}, ${paths.length} chunk(s)`);
  console.log(`pages covered: ${formatRanges(t.ranges)} (${t.pages} pages)`);
  if (t.gaps.length) console.log(`gaps (not run): ${formatRanges(t.gaps)}`);
  for (const c of t.incomplete) console.log(`stopped before its end: ${c}`);
  console.log(`analysed ${t.analysed}; refused with a clear error: ${JSON.stringify(t.refused)}; ${t.seconds.toFixed(0)} s, ${t.cpuSeconds.toFixed(0)} CPU s`);
  findings('crashes', t.crashes);
  findings(`pages over ${HANG_MS / 1000} s wall`, t.slow);
  findings('hangs', t.hangs);
  console.log(`peak RSS: ${t.peakRssMb} MB (largest of the chunks)`);
  return t.crashes.length || t.hangs.length ? 1 : 0;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}
