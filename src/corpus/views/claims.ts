// Claim spread: clusters of claims that say the same thing, each with its first appearance (date, outlet, speaker),
// the articles, outlets and languages that carried it, and a weekly timeline.
import type { SqlRunner } from '../../store/index.js';
import { EARLIEST, limitOf, type Count, type WeekCount } from './common.js';

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
  /** One cluster, with every appearance. */
  cluster?: number;
}

const APPEARANCE = `SELECT c.doc, c.text AS claim, d.title, d.outlet, d.language, d.published, e.canonical AS speaker, c.voice
  FROM claims c JOIN documents d ON d.id = c.doc LEFT JOIN entities e ON e.id = c.speaker_entity`;

export async function claimsView(db: SqlRunner, query: ClaimsQuery = {}): Promise<{ clusters: ClaimCluster[] }> {
  if (query.cluster) {
    const one = await clusterView(db, query.cluster);
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

/** One cluster, computed from its claims, with every appearance (up to 1,000). */
async function clusterView(db: SqlRunner, id: number): Promise<ClaimCluster | null> {
  const head = await db.get<{ id: number; label: string; frame: string | null; articles: number }>(
    'SELECT k.id, k.label, k.frame, count(DISTINCT c.doc) AS articles FROM claim_clusters k JOIN claims c ON c.cluster = k.id WHERE k.id = ? GROUP BY k.id, k.label, k.frame',
    [id],
  );
  if (!head) return null;
  const counts = (column: string) =>
    db.all<Count>(`SELECT ${column} AS key, count(DISTINCT c.doc) AS count FROM claims c JOIN documents d ON d.id = c.doc WHERE c.cluster = ? GROUP BY ${column} ORDER BY count DESC, key`, [id]);
  const weeks = await counts('d.published_week');
  const appearances = await db.all<ClaimAppearance>(`${APPEARANCE} WHERE c.cluster = ? ORDER BY ${EARLIEST}, c.span_start LIMIT 1000`, [id]);
  return {
    ...head,
    outlets: await counts('d.outlet'),
    languages: await counts('d.language'),
    first: appearances[0] ?? null,
    timeline: weeks.filter((w) => w.key).map((w) => ({ week: w.key as string, count: w.count })).sort((a, b) => (a.week < b.week ? -1 : 1)),
    appearances,
  };
}
