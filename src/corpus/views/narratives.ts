// Per narrative: the articles that carry it, their outlets and languages, who carried it first, and a weekly timeline.
import type { SqlRunner } from '../../store/index.js';
import { DOC_COLUMNS, EARLIEST, limitOf, type Count, type DocRef, type WeekCount } from './common.js';

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
}

export async function narrativesView(db: SqlRunner, query: NarrativesQuery = {}): Promise<{ narratives: NarrativeSummary[] }> {
  const one = query.narrative ? ' WHERE n.id = ?' : '';
  const args = query.narrative ? [query.narrative] : [];
  const heads = await db.all<{ id: string; title: string; articles: number }>(
    `SELECT n.id, n.title, count(dn.doc) AS articles FROM narratives n JOIN doc_narratives dn ON dn.narrative = n.id${one} GROUP BY n.id, n.title ORDER BY articles DESC, n.id`,
    args,
  );
  const by = async (column: string) => {
    const rows = await db.all<{ narrative: string; key: string | null; count: number }>(
      `SELECT dn.narrative, ${column} AS key, count(*) AS count FROM doc_narratives dn JOIN documents d ON d.id = dn.doc${query.narrative ? ' WHERE dn.narrative = ?' : ''} GROUP BY dn.narrative, ${column} ORDER BY count DESC, key`,
      args,
    );
    const map = new Map<string, Count[]>();
    for (const r of rows) (map.get(r.narrative) ?? map.set(r.narrative, []).get(r.narrative))?.push({ key: r.key, count: r.count });
    return map;
  };
  const [outlets, languages, weeks] = [await by('d.outlet'), await by('d.language'), await by('d.published_week')];
  const limit = limitOf(query.documents, 50);
  const out: NarrativeSummary[] = [];
  for (const h of heads) {
    const documents = await articles(db, h.id, limit);
    out.push({
      ...h,
      outlets: outlets.get(h.id) ?? [],
      languages: languages.get(h.id) ?? [],
      firstSeen: documents[0] ?? null,
      timeline: (weeks.get(h.id) ?? []).filter((w) => w.key).map((w) => ({ week: w.key as string, count: w.count })).sort((a, b) => (a.week < b.week ? -1 : 1)),
      documents,
    });
  }
  return { narratives: out };
}

async function articles(db: SqlRunner, narrative: string, limit: number): Promise<NarrativeArticle[]> {
  const rows = await db.all<DocRef & { stance: string; score: number }>(
    `SELECT ${DOC_COLUMNS}, dn.stance, dn.score FROM doc_narratives dn JOIN documents d ON d.id = dn.doc WHERE dn.narrative = ? ORDER BY ${EARLIEST} LIMIT ${limit}`,
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
