// Test and demo helper: articles written by hand, analysed by the default pipeline in this thread and stored through
// the real writer (near-duplicates, claim clusters) with the summaries rebuilt, as an ingest does. An article may set
// its narrative layer by hand (id, title, stance), so a view can be tested independently of the narratives stage.
import { withLayers } from '../core/doc.js';
import type { NarrativeStance } from '../core/types.js';
import { openStore, type Store } from '../store/index.js';
import { ItemAnalyzer } from './ingest/analyze-item.js';
import { itemKey, type MetaOverride } from './ingest/item.js';
import { toRecord } from './ingest/record.js';
import { CorpusWriter, type Outcome } from './ingest/write.js';
import { refreshSummaries } from './summaries.js';

export interface HandArticle extends MetaOverride {
  text: string;
  /** The narrative this article carries and how, set by hand over the whole body; absent: what the stage finds. */
  narrative?: { id: string; title: string; stance: NarrativeStance };
}

/** Stores the articles in order, one batch, in a new SQLite store at `path`. */
export async function storeHandArticles(path: string, articles: HandArticle[], analyzer = new ItemAnalyzer()): Promise<Store> {
  const store = await openStore(path);
  try {
    await addHandArticles(store, articles, analyzer);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Adds articles to a store as a later ingest run would (a writer of its own), then rebuilds the summaries. */
export async function addHandArticles(store: Store, articles: HandArticle[], analyzer = new ItemAnalyzer()): Promise<void> {
  await new CorpusWriter(store).write(articles.map((a) => handOutcome(analyzer, a)));
  await refreshSummaries(store);
}

function handOutcome(analyzer: ItemAnalyzer, article: HandArticle): Outcome {
  const { text, narrative, ...meta } = article;
  const origin = `hand:${article.url ?? text.slice(0, 40)}`;
  let doc = analyzer.analyze({ kind: 'text', name: origin, text, meta });
  if (narrative) {
    const body = doc.layers.paragraphs?.find((p) => p.kind === 'body') ?? { start: 0, end: doc.text.length };
    doc = withLayers(doc, { narratives: [{ ...narrative, score: 0.9, articleStance: narrative.stance, evidence: [{ start: body.start, end: body.end }], matchedExamples: [] }] });
  }
  return { key: itemKey('hand', article.url ?? '', text), origin, record: toRecord(doc) };
}
