// False positives on real news: runs the narratives stage over the English real articles of the datasets (PTC train
// articles, PolNeAR train + dev texts, ~1,300 in all), which rarely carry the catalogue's narratives, and prints how
// many matches fire per narrative, for catalogue-en.yml and for the built-in catalogue, with a few matched sentences
// each to see why they fire. Not a score (nobody labelled these articles): most matches are false positives, so a
// change that cuts them without losing eval/narratives is a gain in precision.
//
//   npx tsx eval/narratives/real-articles.ts [--limit N] [--samples K] [--catalogue en|builtin|both]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import { createPipeline, type Pipeline } from '../../src/core/pipeline.js';
import { entities } from '../../src/stages/entities/index.js';
import { language } from '../../src/stages/language/index.js';
import { narratives } from '../../src/stages/narratives/index.js';
import { quotes } from '../../src/stages/quotes/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { datasetPath } from '../dataset-paths.js';

interface Article {
  name: string;
  text: string;
}

/** The folders of real article texts, relative to the datasets folder. */
const FOLDERS = ['techniques/ptc/train-articles', 'attribution/polnear/train/text', 'attribution/polnear/dev/text'];

export function loadRealArticles(limit = Infinity): { articles: Article[]; missing: string[] } {
  const articles: Article[] = [];
  const missing: string[] = [];
  for (const folder of FOLDERS) {
    const { path, missing: why } = datasetPath(folder);
    if (why) {
      missing.push(why);
      continue;
    }
    for (const name of readdirSync(path).filter((n) => n.endsWith('.txt')).sort()) {
      if (articles.length >= limit) break;
      articles.push({ name: `${folder.split('/')[0]}/${name}`, text: readFileSync(join(path, name), 'utf8') });
    }
  }
  return { articles, missing };
}

function pipeline(files: string[], builtIn: boolean): Pipeline {
  return createPipeline()
    .use(language, undefined)
    .use(segment)
    .use(entities, undefined)
    .use(quotes, undefined)
    .use(narratives, { files, builtIn });
}

export interface Fired {
  /** narrative id → articles it fired in. */
  byNarrative: Map<string, number>;
  /** narrative id → a few "article: stance: sentence" lines. */
  samples: Map<string, string[]>;
  total: number;
  articlesWithAny: number;
}

export function countFired(articles: Article[], p: Pipeline, samplesPer: number): Fired {
  const byNarrative = new Map<string, number>();
  const samples = new Map<string, string[]>();
  let total = 0;
  let articlesWithAny = 0;
  for (const a of articles) {
    const doc = analyze({ text: a.text, name: a.name }, { pipeline: p });
    const seen = new Set<string>();
    for (const n of doc.layers.narratives ?? []) {
      const list = samples.get(n.id) ?? [];
      if (list.length < samplesPer) {
        const e = n.evidence[0];
        const sentence = e ? doc.text.slice(e.start, e.end).replace(/\s+/g, ' ').slice(0, 220) : '';
        list.push(`${a.name} [${n.stance}] ${sentence}`);
        samples.set(n.id, list);
      }
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      byNarrative.set(n.id, (byNarrative.get(n.id) ?? 0) + 1);
      total++;
    }
    if (seen.size) articlesWithAny++;
  }
  return { byNarrative, samples, total, articlesWithAny };
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const limit = Number(arg('--limit') ?? Infinity);
  const samplesPer = Number(arg('--samples') ?? 3);
  const which = arg('--catalogue') ?? 'both';
  const { articles, missing } = loadRealArticles(limit);
  for (const m of missing) console.log(`skipped: ${m}`);
  if (!articles.length) return;
  const catalogues: [string, Pipeline][] = [];
  if (which === 'en' || which === 'both') catalogues.push(['catalogue-en.yml', pipeline([fileURLToPath(new URL('catalogue-en.yml', import.meta.url))], false)]);
  if (which === 'builtin' || which === 'both') catalogues.push(['built-in catalogue', pipeline([], true)]);
  for (const [name, p] of catalogues) {
    const t0 = performance.now();
    const r = countFired(articles, p, samplesPer);
    const s = ((performance.now() - t0) / 1000).toFixed(0);
    console.log(`\n${name}: ${r.total} narrative matches (article, narrative) in ${r.articlesWithAny} of ${articles.length} real articles (${s} s)`);
    for (const [id, n] of [...r.byNarrative].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      console.log(`  ${String(n).padStart(4)}  ${id}`);
      for (const line of r.samples.get(id) ?? []) console.log(`          ${line}`);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
