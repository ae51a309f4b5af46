// Per outlet: volume, languages, narratives carried, technique profile, and republication. The technique profile
// counts only spans at or above the export threshold (summaries.ts) and is given per 1,000 words of the outlet's
// text, so a long-form outlet does not look more manipulative than a wire service for writing more.
import type { SqlRunner } from '../../store/index.js';
import { limitOf, marks, type Count } from './common.js';

/** Characters per word, to turn stored character counts into words (about 6 in the corpus languages, spaces included). */
const CHARS_PER_WORD = 6;

export interface OutletSummary {
  outlet: string;
  articles: number;
  firstPublished: string | null;
  lastPublished: string | null;
  languages: Count[];
  narratives: Count[];
  /** Words of its stored text (characters / 6, rounded). */
  words: number;
  /**
   * Technique spans scored at or above the export threshold (0.3): count, per 1,000 words of the outlet's text, and
   * per 100 articles (kept for existing clients; per 1,000 words is the one to compare outlets by).
   */
  techniques: (Count & { perThousandWords: number; per100: number })[];
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
  const names = rows.map((r) => r.outlet);
  const sizes = names.length
    ? await db.all<{ outlet: string; chars: number }>(`SELECT outlet, sum(chars) AS chars FROM documents WHERE outlet IN (${marks(names.length)}) GROUP BY outlet`, names)
    : [];
  const wordsOf = new Map(sizes.map((r) => [r.outlet, Math.round(Number(r.chars) / CHARS_PER_WORD)]));
  const round1 = (n: number): number => Math.round(n * 10) / 10;
  return {
    outlets: rows.map((r) => ({
      outlet: r.outlet,
      articles: r.articles,
      firstPublished: r.first_published,
      lastPublished: r.last_published,
      languages: list(r.languages),
      narratives: list(r.narratives),
      words: wordsOf.get(r.outlet) ?? 0,
      techniques: list(r.techniques).map((t) => ({
        ...t,
        perThousandWords: round1((t.count / Math.max(wordsOf.get(r.outlet) ?? 0, 1)) * 1000),
        per100: round1((t.count / Math.max(r.articles, 1)) * 100),
      })),
      republished: r.republished ?? 0,
      originalsCopied: r.originals_copied ?? 0,
    })),
  };
}
