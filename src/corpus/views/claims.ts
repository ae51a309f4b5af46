// Claim spread: clusters of claims that say the same thing, each with its first appearance (date, outlet, speaker),
// the articles, outlets and languages that carried it, and a weekly timeline.
import type { SqlRunner } from '../../store/index.js';
import { limitOf, type Count, type WeekCount } from './common.js';

export interface ClaimAppearance {
  doc: number;
  claim: string;
  title: string | null;
  outlet: string | null;
  language: string | null;
  published: string | null;
  speaker: string | null;
  voice: string;
}

export interface ClaimCluster {
  id: number;
  label: string;
  frame: string | null;
  articles: number;
  outlets: Count[];
  languages: Count[];
  first: ClaimAppearance | null;
  timeline: WeekCount[];
  appearances?: ClaimAppearance[];
}

export interface ClaimsQuery {
  /** Clusters carried by at least this many articles (default 2: a claim made once has not spread). */
  minArticles?: number;
  limit?: number;
  /** One cluster, with its appearances (`limit` of them, default 200). */
  cluster?: number;
}

const APPEARANCE = `SELECT c.doc, c.text AS claim, d.title, d.outlet, d.language, d.published, e.canonical AS speaker, c.voice
  FROM claims c JOIN documents d ON d.id = c.doc LEFT JOIN entities e ON e.id = c.speaker_entity`;

export async function claimsView(db: SqlRunner, query: ClaimsQuery = {}): Promise<{ clusters: ClaimCluster[] }> {
  if (query.cluster) {
    const one = await clusterView(db, query.cluster, limitOf(query.limit, 200));
    return { clusters: one ? [one] : [] };
  }
  const rows = await db.all<{ id: number; label: string; frame: string | null; articles: number; outlets: string | null; languages: string | null; timeline: string | null; first: string | null }>(
    `SELECT k.id, k.label, k.frame, s.articles, s.outlets, s.languages, s.timeline, s.first FROM cluster_stats s JOIN claim_clusters k ON k.id = s.cluster
     WHERE s.articles >= ? ORDER BY s.articles DESC, k.id LIMIT ${limitOf(query.limit, 50)}`,
    [Math.max(2, query.minArticles ?? 2)],
  );
  const parse = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);
  return {
    clusters: rows.map((r) => ({ id: r.id, label: r.label, frame: r.frame, articles: r.articles, outlets: parse(r.outlets, []), languages: parse(r.languages, []), first: parse(r.first, null), timeline: parse(r.timeline, []) })),
  };
}

/** One cluster with its appearances, earliest first (up to the limit, default 200); counts from its summary row. */
async function clusterView(db: SqlRunner, id: number, limit: number): Promise<ClaimCluster | null> {
  const head = await db.get<{ id: number; label: string; frame: string | null }>('SELECT id, label, frame FROM claim_clusters WHERE id = ?', [id]);
  if (!head) return null;
  const appearances = await db.all<ClaimAppearance>(`${APPEARANCE} WHERE c.cluster = ? ORDER BY c.published_sort, c.doc, c.span_start LIMIT ${limit}`, [id]);
  const stats = await db.get<{ articles: number; outlets: string | null; languages: string | null; timeline: string | null }>('SELECT articles, outlets, languages, timeline FROM cluster_stats WHERE cluster = ?', [id]);
  if (stats) {
    const parse = <T>(s: string | null): T[] => (s ? (JSON.parse(s) as T[]) : []);
    return { ...head, articles: stats.articles, outlets: parse(stats.outlets), languages: parse(stats.languages), first: appearances[0] ?? null, timeline: parse(stats.timeline), appearances };
  }
  // A claim in one article has no summary row: counted here (it is small).
  const counts = (column: string) =>
    db.all<Count>(`SELECT ${column} AS key, count(DISTINCT c.doc) AS count FROM claims c JOIN documents d ON d.id = c.doc WHERE c.cluster = ? GROUP BY ${column} ORDER BY count DESC, key`, [id]);
  const weeks = await counts('d.published_week');
  return {
    ...head,
    articles: new Set(appearances.map((a) => a.doc)).size,
    outlets: await counts('d.outlet'),
    languages: await counts('d.language'),
    first: appearances[0] ?? null,
    timeline: weeks.filter((w) => w.key).map((w) => ({ week: w.key as string, count: w.count })).sort((a, b) => (a.week < b.week ? -1 : 1)),
    appearances,
  };
}
