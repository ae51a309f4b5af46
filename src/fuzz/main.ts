// npm run fuzz [-- --pages N --seed S --from I --small]: hostile pages through analyze and ingest, each in a worker
// thread stopped after 10 s; prints crashes, hangs and peak memory, and exits 1 when there is any crash or hang.
import { parseArgs } from 'node:util';
import { HANG_MS, runFuzz, type FuzzStats } from './run.js';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '100000' }, seed: { type: 'string', default: '16' }, from: { type: 'string', default: '0' }, small: { type: 'boolean', default: false }, 'read-only': { type: 'boolean', default: false } } });
const pages = Number(values.pages);
const seed = Number(values.seed);
const from = Number(values.from);
if (![pages, seed, from].every(Number.isInteger) || pages <= 0) {
  console.error('usage: npm run fuzz -- [--pages N] [--seed S] [--from I] [--small] [--read-only]   (whole numbers; --small leaves out the 8–50 MB pages; --read-only stops after article extraction)');
  process.exit(2);
}
console.log(`# claimtrail fuzz — node ${process.version}, seed ${seed}, pages ${from}–${from + pages - 1}, hang = over ${HANG_MS / 1000} s`);
let last = performance.now();
let shown = { crashes: 0, hangs: 0 };
const stats = await runFuzz({
  seed,
  pages,
  from,
  big: !values.small,
  mode: 'thread',
  depth: values['read-only'] ? 'read' : 'all',
  onPage: (done, s) => {
    // Findings as they come, so a long run that is stopped still names them.
    for (const f of s.crashes.slice(shown.crashes)) console.log(`crash ${f.id} ${f.kind}: ${f.detail.split('\n')[0]}`);
    for (const f of s.hangs.slice(shown.hangs)) console.log(`hang ${f.id} ${f.kind}: ${f.detail}`);
    shown = { crashes: s.crashes.length, hangs: s.hangs.length };
    if (performance.now() - last < 30_000 && done !== pages) return;
    last = performance.now();
    console.log(`${done} pages · ${s.crashes.length} crashes · ${s.hangs.length} hangs · peak RSS ${s.peakRssMb} MB`);
  },
});
report(stats);
process.exit(stats.crashes.length || stats.hangs.length ? 1 : 0);

function report(s: FuzzStats): void {
  console.log(`\npages: ${s.pages} in ${s.seconds.toFixed(0)} s (${(s.pages / s.seconds).toFixed(1)}/s); analysed ${s.analysed}; refused with a clear error: ${JSON.stringify(s.refused)}`);
  console.log(`crashes: ${s.crashes.length}`);
  for (const c of s.crashes.slice(0, 20)) console.log(`  ${c.id} ${c.kind}: ${c.detail.split('\n')[0]}`);
  console.log(`hangs over ${HANG_MS / 1000} s: ${s.hangs.length}`);
  for (const h of s.hangs.slice(0, 20)) console.log(`  ${h.id} ${h.kind}: ${h.detail}`);
  console.log(`peak RSS: ${s.peakRssMb} MB; slowest page: ${(s.slowestMs / 1000).toFixed(1)} s, ${s.slowest}`);
}
