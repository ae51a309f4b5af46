// Does a document of the --max-chars default (200,000 characters, the bench corpus texts repeated) fit an analysis
// thread with ingest's old-space limit? Prints its size, the thread's heap and RSS after it, and its messages (a stage
// that failed would show as stage-failed). Run: npx tsx bench/analyze-big-doc.ts
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { createDoc } from '../src/core/doc.js';
import { ANALYSIS_OLD_SPACE_MB } from '../src/corpus/ingest/heap-limit.js';
import { defaultPipeline } from '../src/preset.js';
import { extract, loadPages } from './analyze.js';
if (isMainThread) {
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const w = new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: ANALYSIS_OLD_SPACE_MB } });
  w.on('message', (m) => console.log(m));
  w.on('error', (e) => console.log('worker error', e.message));
  w.on('exit', (c) => console.log('exit', c));
} else {
  const texts = extract(loadPages()).map((d) => d.text);
  let text = '';
  for (let i = 0; text.length < 200_000; i++) text += texts[i % texts.length] + '\n\n';
  text = text.slice(0, 200_000);
  const p = defaultPipeline();
  const doc = p.run(createDoc({ text }));
  const u = process.memoryUsage();
  parentPort!.postMessage(`200,000 chars analysed in a ${ANALYSIS_OLD_SPACE_MB} MB thread: ${doc.layers.sentences?.length} sentences, ${doc.layers.quotes?.length} quotes, ${doc.layers.entities?.length} entities; heapUsed ${(u.heapUsed / 1048576).toFixed(0)} MB, rss ${(u.rss / 1048576).toFixed(0)} MB, messages ${[...new Set(doc.messages.map((m) => `${m.ruleId}:${m.severity}`))].join(" ")}`);
}
