// Per outlet: volume, languages, narratives carried, technique profile (per 100 articles), and republication.
import type { SqlRunner } from '../../store/index.js';
import { limitOf, type Count } from './common.js';

export interface OutletSummary {
  outlet: string;
  articles: number;
  firstPublished: string | null;
  lastPublished: string | null;
  languages: Count[];
  narratives: Count[];
  /** Technique counts, and per 100 articles. */
  techniques: (Count & { per100: number })[];
  /** Its articles that are later copies of an article published first elsewhere (or earlier by itself). */
  republished: number;
  /** Its articles that were the first publication of a near-duplicate group. */
  originalsCopied: number;
}

export async function outletsView(db: SqlRunner, query: { outlet?: string; limit?: number } = {}): Promise<{ outlets: OutletSummary[] }> {
  const rows = await db.all<{ outlet: string; articles: number; first_published: string | null; last_published: string | null; languages: string | null; narratives: string | null; techniques: string | null; republished: number | null; originals_copied: number | null }>(
    `SELECT outlet, articles, first_published, last_published, languages, narratives, techniques, republished, originals_copied FROM outlet_stats
     ${query.outlet ? 'WHERE outlet = ?' : ''} ORDER BY articles DESC, outlet LIMIT ${limitOf(query.limit, 100)}`,
    query.outlet ? [query.outlet] : [],
  );
  const list = (s: string | null): Count[] => (s ? (JSON.parse(s) as Count[]) : []);
  return {
    outlets: rows.map((r) => ({
      outlet: r.outlet,
      articles: r.articles,
      firstPublished: r.first_published,
      lastPublished: r.last_published,
      languages: list(r.languages),
      narratives: list(r.narratives),
      techniques: list(r.techniques).map((t) => ({ ...t, per100: Math.round((t.count / Math.max(r.articles, 1)) * 1000) / 10 })),
      republished: r.republished ?? 0,
      originalsCopied: r.originals_copied ?? 0,
    })),
  };
}
