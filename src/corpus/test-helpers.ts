// Test helper: the articles of test/fixtures/corpus/articles.jsonl stored in a fresh SQLite store, analysed in this
// thread. With `handSet`, the narrative layer of the articles marked `carries` is set by hand (the views are then
// tested independently of the narratives stage); without, it is what the narratives stage finds.
import { readFileSync } from 'node:fs';
import { withLayers } from '../core/doc.js';
import { openStore, type Store } from '../store/index.js';
import { ItemAnalyzer } from './ingest/analyze-item.js';
import { itemKey, type MetaOverride } from './ingest/item.js';
import { toRecord } from './ingest/record.js';
import { CorpusWriter, type Outcome } from './ingest/write.js';
import { refreshSummaries } from './summaries.js';

export const CORPUS_FILE = new URL('../../test/fixtures/corpus/articles.jsonl', import.meta.url).pathname;
export const NARRATIVE = { id: 'us-created-isis', title: 'The United States created ISIS' };

export interface FixtureArticle extends MetaOverride {
  text: string;
  carries: boolean;
}

export function fixtureArticles(): FixtureArticle[] {
  return readFileSync(CORPUS_FILE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as FixtureArticle);
}

export async function storeFixtureCorpus(path: string, { handSet = true } = {}): Promise<Store> {
  const store = await openStore(path);
  const analyzer = new ItemAnalyzer();
  const batch: Outcome[] = fixtureArticles().map((a, i) => {
    const { text, carries, ...meta } = a;
    let doc = analyzer.analyze({ kind: 'text', name: `articles.jsonl:${i + 1}`, text, meta });
    if (handSet && carries) {
      const body = doc.layers.paragraphs?.find((p) => p.kind === 'body') ?? { start: 0, end: doc.text.length };
      doc = withLayers(doc, { narratives: [{ ...NARRATIVE, score: 0.9, stance: 'asserts', evidence: [{ start: body.start, end: body.end }], matchedExamples: [] }] });
    }
    return { key: itemKey('test', text), origin: `articles.jsonl:${i + 1}`, record: toRecord(doc) };
  });
  await new CorpusWriter(store).write(batch);
  await refreshSummaries(store);
  return store;
}
