// Per narrative: the articles that carry it, how they carry it (stance), their outlets and languages, who carried it
// first, and a weekly timeline. Counts come from the narrative summary (src/corpus/summaries.ts); the articles are
// listed earliest first, undated ones last.
import type { SqlRunner } from '../../store/index.js';
import { DOC_COLUMNS, limitOf, type Count, type DocRef, type WeekCount } from './common.js';

export interface NarrativeArticle extends DocRef {
  stance: string;
  score: number;
  /** The spans that carry the narrative, as written. */
  evidence: string[];
}

export interface NarrativeSummary {
  id: string;
  title: string;
  articles: number;
  outlets: Count[];
  languages: Count[];
  /** Articles by stance (asserts, endorses, reports, refutes), most first: a debunk is counted apart from the carriers. */
  stances: Count[];
  /** The earliest article that asserts or reports it (a debunk is not where it appeared). */
  firstSeen: NarrativeArticle | null;
  timeline: WeekCount[];
  /** Earliest first, up to the limit asked for. */
  documents: NarrativeArticle[];
}

export interface NarrativesQuery {
  /** One narrative by id; all when absent. */
  narrative?: string;
  /** Articles listed per narrative (default 50). */
  documents?: number;
  /** Only the narratives this outlet's articles carry, with `stances` counted over that outlet's articles. */
  outlet?: string;
}

export async function narrativesView(db: SqlRunner, query: NarrativesQuery = {}): Promise<{ narratives: NarrativeSummary[] }> {
  const where: string[] = [];
  const params: string[] = [];
  if (query.narrative) (where.push('n.id = ?'), params.push(query.narrative));
  if (query.outlet) (where.push('n.id IN (SELECT dn.narrative FROM doc_narratives dn JOIN documents d ON d.id = dn.doc WHERE d.outlet = ?)'), params.push(query.outlet));
  const heads = await db.all<{ id: string; title: string; articles: number; outlets: string | null; languages: string | null; timeline: string | null }>(
    `SELECT n.id, n.title, s.articles, s.outlets, s.languages, s.timeline FROM narrative_stats s JOIN narratives n ON n.id = s.narrative
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.articles DESC, n.id`,
    params,
  );
  const limit = limitOf(query.documents, 50);
  const parse = <T>(s: string | null): T[] => (s ? (JSON.parse(s) as T[]) : []);
  const stances = await stanceCounts(db, query);
  const out: NarrativeSummary[] = [];
  for (const h of heads) {
    const documents = await articles(db, h.id, limit);
    // A debunk is not where a narrative appeared: the first article that asserts or reports it is.
    const first = documents.find((d) => d.stance !== 'refutes') ?? (await articles(db, h.id, 1, true))[0] ?? null;
    out.push({ id: h.id, title: h.title, articles: h.articles, outlets: parse(h.outlets), languages: parse(h.languages), stances: stances.get(h.id) ?? [], firstSeen: first, timeline: parse(h.timeline), documents });
  }
  return { narratives: out };
}

/** Articles by narrative and stance (one narrative, or all; one outlet's articles, or all), most first. */
async function stanceCounts(db: SqlRunner, query: NarrativesQuery): Promise<Map<string, Count[]>> {
  const where: string[] = [];
  const params: string[] = [];
  if (query.narrative) (where.push('dn.narrative = ?'), params.push(query.narrative));
  if (query.outlet) (where.push('d.outlet = ?'), params.push(query.outlet));
  const rows = await db.all<{ narrative: string; stance: string; count: number }>(
    `SELECT dn.narrative, dn.stance, count(*) AS count FROM doc_narratives dn${query.outlet ? ' JOIN documents d ON d.id = dn.doc' : ''}
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY dn.narrative, dn.stance ORDER BY count DESC, dn.stance`,
    params,
  );
  const out = new Map<string, Count[]>();
  for (const r of rows) (out.get(r.narrative) ?? out.set(r.narrative, []).get(r.narrative))?.push({ key: r.stance, count: Number(r.count) });
  return out;
}

async function articles(db: SqlRunner, narrative: string, limit: number, carriersOnly = false): Promise<NarrativeArticle[]> {
  const rows = await db.all<DocRef & { stance: string; score: number }>(
    `SELECT ${DOC_COLUMNS}, dn.stance, dn.score FROM doc_narratives dn JOIN documents d ON d.id = dn.doc WHERE dn.narrative = ?${carriersOnly ? " AND dn.stance <> 'refutes'" : ''}
     ORDER BY dn.published_sort, dn.doc LIMIT ${limit}`,
    [narrative],
  );
  if (!rows.length) return [];
  const evidence = await db.all<{ doc: number; text: string }>(
    `SELECT doc, text FROM narrative_evidence WHERE narrative = ? AND doc IN (${rows.map(() => '?').join(', ')}) ORDER BY doc, span_start`,
    [narrative, ...rows.map((r) => r.doc)],
  );
  const byDoc = new Map<number, string[]>();
  for (const e of evidence) (byDoc.get(e.doc) ?? byDoc.set(e.doc, []).get(e.doc))?.push(e.text);
  return rows.map((r) => ({ ...r, evidence: byDoc.get(r.doc) ?? [] }));
}
