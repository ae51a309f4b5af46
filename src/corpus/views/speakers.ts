// Who is quoted: each speaker (one stored entity, whatever the spelling) with quotes, articles, outlets and
// languages, most quoted first. Reads the speaker summary (src/corpus/summaries.ts).
import type { SqlRunner } from '../../store/index.js';
import { limitOf, type Count } from './common.js';

export interface SpeakerSummary {
  entity: number;
  canonical: string;
  gazetteerId: string | null;
  quotes: number;
  articles: number;
  outlets: number;
  languages: Count[];
  firstQuoted: string | null;
  lastQuoted: string | null;
}

export async function speakersView(db: SqlRunner, query: { limit?: number } = {}): Promise<{ speakers: SpeakerSummary[] }> {
  const rows = await db.all<{ entity: number; canonical: string; gazetteer_id: string | null; quotes: number; articles: number; outlets: number; languages: string | null; first_quoted: string | null; last_quoted: string | null }>(
    `SELECT entity, canonical, gazetteer_id, quotes, articles, outlets, languages, first_quoted, last_quoted FROM speaker_stats ORDER BY quotes DESC, canonical LIMIT ${limitOf(query.limit, 50)}`,
  );
  return {
    speakers: rows.map((r) => ({
      entity: r.entity,
      canonical: r.canonical,
      gazetteerId: r.gazetteer_id,
      quotes: r.quotes,
      articles: r.articles,
      outlets: r.outlets,
      languages: r.languages ? (JSON.parse(r.languages) as Count[]) : [],
      firstQuoted: r.first_quoted,
      lastQuoted: r.last_quoted,
    })),
  };
}
