// npm run bench [-- name…]: prints throughput, latency and memory; never asserts (timings are not tests).
// With no name it runs the quick ones (extraction, analyze, quotes, techniques); corpus, server and scale build 100,000-article
// corpora and take ten minutes or more each, so they run only when named. Options are `--name=value`; `--name value`
// is read the same (args.ts).
import { parseBenchArgs } from './args.js';
import { benchAnalyze } from './analyze.js';
import { benchExtraction } from './extraction.js';
import { benchCorpus } from './corpus.js';
import { benchCrash } from './crash.js';
import { benchExport } from './export.js';
import { benchScale } from './scale.js';
import { benchServer } from './server.js';
import { benchQuotes } from './quotes.js';
import { benchTechniques } from './techniques.js';
import { benchSize } from './size.js';

const benches: Record<string, () => Promise<void>> = { extraction: benchExtraction, analyze: () => benchAnalyze(), corpus: benchCorpus, server: benchServer, scale: benchScale, quotes: benchQuotes, techniques: benchTechniques, size: benchSize, crash: benchCrash, export: benchExport };
const { names: wanted, options } = parseBenchArgs(process.argv.slice(2), new Set(Object.keys(benches)));
const unknown = wanted.filter((w) => !benches[w]);
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}. Options are --name=value.`);
  process.exit(2);
}
// The benches read their options from process.argv, in the --name=value form.
process.argv.splice(2, Infinity, ...wanted, ...options);
console.log(`# claimtrail bench — node ${process.version}, ${new Date().toISOString()}`);
const QUICK = ['extraction', 'analyze', 'quotes', 'techniques'];
for (const name of wanted.length ? wanted : QUICK) await benches[name]();
