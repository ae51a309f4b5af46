// What one person said, where and when: every quote whose speaker resolves to the same entity, in every language
// and spelling, earliest first, with the spellings the corpus used for them.
import type { SqlRunner } from '../../store/index.js';
import { DOC_COLUMNS, limitOf, marks, type Count, type DocRef } from './common.js';
import { resolveName } from './resolve.js';

export interface SpeakerQuote extends DocRef {
  kind: string;
  content: string;
  cue: string | null;
  venue: string | null;
  /** The speaker as this article names them. */
  as: string | null;
}

export interface SpeakerView {
  query: string;
  entities: { id: number; canonical: string; gazetteerId: string | null; type: string }[];
  /** Spellings seen in the corpus, with their language. */
  aliases: { alias: string; language: string | null }[];
  total: number;
  articles: number;
  outlets: Count[];
  languages: Count[];
  quotes: SpeakerQuote[];
}

export async function speakerView(db: SqlRunner, name: string, query: { limit?: number; offset?: number } = {}): Promise<SpeakerView> {
  const { entities } = await resolveName(db, name);
  const ids = entities.map((e) => e.id);
  const empty: SpeakerView = { query: name, entities, aliases: [], total: 0, articles: 0, outlets: [], languages: [], quotes: [] };
  if (!ids.length) return empty;
  const inList = `q.speaker_entity IN (${marks(ids.length)})`;
  const quotes = await db.all<SpeakerQuote>(
    `SELECT ${DOC_COLUMNS}, q.kind, q.content, q.cue, q.venue, q.speaker_name AS "as" FROM quotes q JOIN documents d ON d.id = q.doc WHERE ${inList}
     ORDER BY q.published_sort, q.doc, q.content_start LIMIT ${limitOf(query.limit, 100)} OFFSET ${Math.max(0, Math.floor(query.offset ?? 0))}`,
    ids,
  );
  const aliases = await db.all<{ alias: string; language: string | null }>(`SELECT alias, language FROM entity_aliases WHERE entity IN (${marks(ids.length)}) ORDER BY language, alias`, ids);
  // One person with a summary row: its counts. Several entities (a name shared by two), or none summarised: counted here.
  const stats = ids.length === 1 ? await db.get<{ quotes: number; articles: number; outlet_counts: string | null; languages: string | null }>('SELECT quotes, articles, outlet_counts, languages FROM speaker_stats WHERE entity = ?', ids) : undefined;
  if (stats) {
    const list = (s: string | null): Count[] => (s ? (JSON.parse(s) as Count[]) : []);
    return { ...empty, aliases, total: stats.quotes, articles: stats.articles, outlets: list(stats.outlet_counts), languages: list(stats.languages), quotes };
  }
  const totals = await db.get<{ total: number; articles: number }>(`SELECT count(*) AS total, count(DISTINCT q.doc) AS articles FROM quotes q WHERE ${inList}`, ids);
  const counts = (column: string) =>
    db.all<Count>(`SELECT ${column} AS key, count(DISTINCT q.doc) AS count FROM quotes q JOIN documents d ON d.id = q.doc WHERE ${inList} GROUP BY ${column} ORDER BY count DESC, key`, ids);
  return { ...empty, aliases, total: totals?.total ?? 0, articles: totals?.articles ?? 0, outlets: await counts('d.outlet'), languages: await counts('d.language'), quotes };
}
