// Rebuilds the summary tables (speakers, claim clusters, outlets) from the stored rows, in one transaction, so the
// corpus-wide views stay fast at 100,000 articles. Run at the end of each ingest; a view finding them older than
// the last write (a run killed before its end) rebuilds them first.
import { DEFAULT_MIN_TECHNIQUE_SCORE } from '../export/types.js';
import type { SqlRunner, Store } from '../store/index.js';
import { EARLIEST } from './views/common.js';

type Counts = Map<string | number, { key: string | null; count: number }[]>;

async function grouped(db: SqlRunner, sql: string): Promise<Counts> {
  const map: Counts = new Map();
  for (const r of await db.all<{ owner: string | number; key: string | null; count: number }>(sql)) {
    (map.get(r.owner) ?? map.set(r.owner, []).get(r.owner))?.push({ key: r.key, count: r.count });
  }
  return map;
}

export async function summariesStale(db: SqlRunner): Promise<boolean> {
  const rows = await db.all<{ key: string; value: string }>("SELECT key, value FROM meta WHERE key IN ('updated_at', 'summarised_at')");
  const get = (k: string) => rows.find((r) => r.key === k)?.value ?? '';
  return get('updated_at') > get('summarised_at');
}

export async function refreshSummaries(store: Store): Promise<void> {
  await store.transaction(async (db) => {
    await speakers(db);
    await narratives(db);
    await clusters(db);
    await outlets(db);
    await db.run("INSERT INTO meta (key, value) VALUES ('summarised_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
  });
}

async function speakers(db: SqlRunner): Promise<void> {
  await db.run('DELETE FROM speaker_stats');
  await db.run(
    `INSERT INTO speaker_stats (entity, canonical, gazetteer_id, quotes, articles, outlets, first_quoted, last_quoted)
     SELECT q.speaker_entity, e.canonical, e.gazetteer_id, count(*), count(DISTINCT q.doc), count(DISTINCT d.outlet), min(d.published), max(d.published)
     FROM quotes q JOIN entities e ON e.id = q.speaker_entity JOIN documents d ON d.id = q.doc
     WHERE e.type = 'person' GROUP BY q.speaker_entity, e.canonical, e.gazetteer_id`,
  );
  const langs = await grouped(db, 'SELECT q.speaker_entity AS owner, d.language AS key, count(DISTINCT q.doc) AS count FROM quotes q JOIN documents d ON d.id = q.doc WHERE q.speaker_entity IN (SELECT entity FROM speaker_stats) GROUP BY q.speaker_entity, d.language ORDER BY count DESC');
  const outlets = await grouped(db, 'SELECT q.speaker_entity AS owner, d.outlet AS key, count(DISTINCT q.doc) AS count FROM quotes q JOIN documents d ON d.id = q.doc WHERE q.speaker_entity IN (SELECT entity FROM speaker_stats) GROUP BY q.speaker_entity, d.outlet ORDER BY count DESC');
  for (const [entity, list] of langs) await db.run('UPDATE speaker_stats SET languages = ?, outlet_counts = ? WHERE entity = ?', [JSON.stringify(list), JSON.stringify(outlets.get(entity) ?? []), entity]);
}

async function narratives(db: SqlRunner): Promise<void> {
  await db.run('DELETE FROM narrative_stats');
  await db.run('INSERT INTO narrative_stats (narrative, articles) SELECT narrative, count(*) FROM doc_narratives GROUP BY narrative');
  const by = (column: string) => grouped(db, `SELECT dn.narrative AS owner, ${column} AS key, count(*) AS count FROM doc_narratives dn JOIN documents d ON d.id = dn.doc GROUP BY dn.narrative, ${column} ORDER BY count DESC`);
  const [outlets, languages, weeks] = [await by('d.outlet'), await by('d.language'), await by('d.published_week')];
  for (const [narrative, list] of outlets) {
    await db.run('UPDATE narrative_stats SET outlets = ?, languages = ?, timeline = ? WHERE narrative = ?', [JSON.stringify(list), JSON.stringify(languages.get(narrative) ?? []), JSON.stringify(timeline(weeks.get(narrative))), narrative]);
  }
}

/** Week counts → a timeline in date order, undated left out. */
function timeline(weeks: { key: string | null; count: number }[] | undefined): { week: string; count: number }[] {
  return (weeks ?? []).filter((w): w is { key: string; count: number } => !!w.key).map((w) => ({ week: w.key, count: w.count })).sort((a, b) => (a.week < b.week ? -1 : 1));
}

async function clusters(db: SqlRunner): Promise<void> {
  await db.run('DELETE FROM cluster_stats');
  // A claim made in one article has not spread: only clusters carried by two articles or more are summarised.
  await db.run('INSERT INTO cluster_stats (cluster, articles) SELECT cluster, count(DISTINCT doc) FROM claims WHERE cluster IS NOT NULL GROUP BY cluster HAVING count(DISTINCT doc) >= 2');
  const by = (column: string) =>
    grouped(db, `SELECT c.cluster AS owner, ${column} AS key, count(DISTINCT c.doc) AS count FROM claims c JOIN documents d ON d.id = c.doc WHERE c.cluster IN (SELECT cluster FROM cluster_stats) GROUP BY c.cluster, ${column} ORDER BY count DESC`);
  const [outlets, languages, weeks] = [await by('d.outlet'), await by('d.language'), await by('d.published_week')];
  const firsts = await db.all<{ cluster: number; doc: number; claim: string; title: string | null; outlet: string | null; language: string | null; published: string | null; speaker: string | null; voice: string }>(
    `SELECT cluster, doc, claim, title, outlet, language, published, speaker, voice FROM (
       SELECT c.cluster, c.doc, c.text AS claim, d.title, d.outlet, d.language, d.published, e.canonical AS speaker, c.voice,
              ROW_NUMBER() OVER (PARTITION BY c.cluster ORDER BY c.published_sort, c.doc, c.span_start) AS rn
       FROM claims c JOIN documents d ON d.id = c.doc LEFT JOIN entities e ON e.id = c.speaker_entity
       WHERE c.cluster IN (SELECT cluster FROM cluster_stats)) t WHERE rn = 1`,
  );
  for (const f of firsts) {
    const { cluster, ...first } = f;
    await db.run('UPDATE cluster_stats SET outlets = ?, languages = ?, timeline = ?, first = ? WHERE cluster = ?', [
      JSON.stringify(outlets.get(cluster) ?? []),
      JSON.stringify(languages.get(cluster) ?? []),
      JSON.stringify(timeline(weeks.get(cluster))),
      JSON.stringify(first),
      cluster,
    ]);
  }
}

async function outlets(db: SqlRunner): Promise<void> {
  await db.run('DELETE FROM outlet_stats');
  await db.run(
    `INSERT INTO outlet_stats (outlet, articles, first_published, last_published)
     SELECT outlet, count(*), min(published), max(published) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet`,
  );
  const languages = await grouped(db, 'SELECT outlet AS owner, language AS key, count(*) AS count FROM documents WHERE outlet IS NOT NULL GROUP BY outlet, language ORDER BY count DESC');
  const narratives = await grouped(db, 'SELECT d.outlet AS owner, dn.narrative AS key, count(*) AS count FROM doc_narratives dn JOIN documents d ON d.id = dn.doc WHERE d.outlet IS NOT NULL GROUP BY d.outlet, dn.narrative ORDER BY count DESC');
  // Only spans at or above the export threshold (DEFAULT_MIN_TECHNIQUE_SCORE): the stage also emits low-score spans,
  // which made every outlet score in the hundreds per 100 articles (issue 15).
  const techniques = await grouped(db, `SELECT d.outlet AS owner, t.technique AS key, count(*) AS count FROM techniques t JOIN documents d ON d.id = t.doc WHERE d.outlet IS NOT NULL AND t.score >= ${DEFAULT_MIN_TECHNIQUE_SCORE} GROUP BY d.outlet, t.technique ORDER BY count DESC`);
  // Republications: an article in a near-duplicate group that is not its group's first publication.
  const copies = await db.all<{ outlet: string; republished: number; originals: number }>(
    `SELECT d.outlet, sum(CASE WHEN d.id <> o.first THEN 1 ELSE 0 END) AS republished, sum(CASE WHEN d.id = o.first THEN 1 ELSE 0 END) AS originals
     FROM documents d JOIN (SELECT dup_group, first FROM (SELECT d.dup_group, d.id AS first, ROW_NUMBER() OVER (PARTITION BY d.dup_group ORDER BY ${EARLIEST}) AS rn FROM documents d WHERE d.dup_group IS NOT NULL) t WHERE rn = 1) o ON o.dup_group = d.dup_group
     WHERE d.outlet IS NOT NULL GROUP BY d.outlet`,
  );
  const copyMap = new Map(copies.map((c) => [c.outlet, c]));
  const all = await db.all<{ outlet: string }>('SELECT outlet FROM outlet_stats');
  for (const { outlet } of all) {
    const c = copyMap.get(outlet);
    await db.run('UPDATE outlet_stats SET languages = ?, narratives = ?, techniques = ?, republished = ?, originals_copied = ? WHERE outlet = ?', [
      JSON.stringify(languages.get(outlet) ?? []),
      JSON.stringify(narratives.get(outlet) ?? []),
      JSON.stringify(techniques.get(outlet) ?? []),
      c?.republished ?? 0,
      c?.originals ?? 0,
      outlet,
    ]);
  }
}
