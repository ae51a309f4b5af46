// npm run bench [-- extraction|analyze]: prints throughput and memory; never asserts (timings are not tests).
import { benchAnalyze } from './analyze.js';
import { benchExtraction } from './extraction.js';
import { benchCorpus } from './corpus.js';
import { benchScale } from './scale.js';
import { benchServer } from './server.js';
import { benchQuotes } from './quotes.js';

const benches: Record<string, () => Promise<void>> = { extraction: benchExtraction, analyze: () => benchAnalyze(), corpus: benchCorpus, server: benchServer, scale: benchScale, quotes: benchQuotes };
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !benches[w]);
if (unknown.length) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${Object.keys(benches).join(', ')}.`);
  process.exit(2);
}
console.log(`# claimtrail bench — node ${process.version}, ${new Date().toISOString()}`);
for (const name of wanted.length ? wanted : Object.keys(benches)) await benches[name]();
