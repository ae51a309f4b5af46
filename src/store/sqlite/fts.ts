// FTS5 search: the user's words become a safe FTS5 query, and the filters become plain SQL on documents.
import { RANK_CAP, TOTAL_CAP, type SqlValue, type TextSearch } from '../types.js';

/**
 * Words are ANDed; "a phrase" stays a phrase; a trailing * keeps prefix search; alternatives joined by | match
 * either (`ISIS|Daesh|"Islamic State"`, written by the search view's alias and stem expansion). Everything else the
 * user types (colons, dashes, parentheses) is dropped, so no query can be an FTS5 syntax error.
 */
export function ftsQuery(query: string): string {
  const parts: string[] = [];
  for (const group of query.matchAll(/(?:"[^"]*"|[\p{L}\p{M}\p{N}]+\*?)(?:\|(?:"[^"]*"|[\p{L}\p{M}\p{N}]+\*?))*/gu)) {
    const alternatives: string[] = [];
    for (const m of group[0].matchAll(/"([^"]*)"|([\p{L}\p{M}\p{N}]+)(\*)?/gu)) {
      if (m[1] !== undefined) {
        const words = m[1].match(/[\p{L}\p{M}\p{N}]+/gu);
        if (words) alternatives.push(`"${words.join(' ')}"`);
      } else alternatives.push(`"${m[2]}"${m[3] ?? ''}`);
    }
    const unique = withoutSubsumed([...new Set(alternatives)]);
    if (unique.length) parts.push(unique.length > 1 ? `(${unique.join(' OR ')})` : unique[0]);
  }
  // Explicit AND: FTS5 reads implicit AND between phrases only; next to a parenthesised group it is a syntax error.
  return parts.join(' AND ');
}

/**
 * Alternatives less those that contain another one ("Washington DC", "state of Washington" beside "Washington"):
 * any document either matches, the shorter matches too, so the matches are the same; but FTS5 reads every
 * phrase's positions for every candidate, and bm25 and snippet() weigh every phrase: an alias-expanded name (11
 * phrases for Washington, 22 for ISIS) cost that many times one word. Tokens compared in lower case (FTS5's
 * unicode61 folds case, so a match of the longer is a match of the shorter); prefix terms are kept as they are.
 */
export function withoutSubsumed(alternatives: string[]): string[] {
  const tokens = (a: string) => (a.endsWith('*') ? null : a.slice(1, -1).toLowerCase().split(' '));
  const inside = (small: string[], big: string[]) => small.length < big.length && big.some((_, i) => small.every((t, k) => big[i + k] === t));
  const phrases = alternatives.map(tokens);
  return alternatives.filter((_, i) => {
    const mine = phrases[i];
    return !mine || !phrases.some((other, j) => j !== i && other !== null && inside(other, mine));
  });
}

/**
 * Matches ranked per query. bm25 reads every ranked row's positions and size: ranking all 36,000 matches of a
 * common word costs 10–30 ms of CPU at 100,000 documents, and under concurrent searches that queues into seconds.
 * So a search ranks the newest RANK_CAP matches (by row id: the order they were stored) and answers the best of
 * those; the answer says so (`rankedOnly`). A query with no more matches than that is ranked exactly, whole. As
 * many as TOTAL_CAP: every page the API offers (total ≤ TOTAL_CAP) lies inside the ranked set.
 */
export { RANK_CAP };

/**
 * The filters as SQL on the FTS row id. Outlet, narrative and speaker select few documents: their ids are read
 * from an index into a set once (IN (subquery)), probed per match. Dates select many: a lookup of the document per
 * match is cheaper than building a set of tens of thousands of ids, and the scan stops after RANK_CAP rows passed.
 * A language alone is probed in its index, (language, rowid), per match: no table row is read, and a language few
 * matches are in (a Russian filter on an English word: every one of 36,000 matches probed, none passes) costs
 * 9 ms instead of 20 at 100,000 documents. With dates the document row is read anyway, and its language with it.
 * (`+rowid`: a constraint FTS5 does not see; seen, it becomes one FTS lookup per member.)
 */
function filterSql(search: TextSearch): { join: boolean; where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  const to = search.to && (search.to.length === 10 ? `${search.to}~` : search.to); // a bare date includes that whole day ('~' sorts after 'T')
  const dates = (col: string) => {
    const out: string[] = [];
    if (search.from) (out.push(`${col} >= ?`), params.push(search.from));
    if (to) (out.push(`${col} <= ?`), params.push(to));
    return out;
  };
  if (search.outlet) {
    // The (outlet, published) index answers the dates too, without reading a row.
    params.push(search.outlet);
    where.push(`+documents_fts.rowid IN (SELECT id FROM documents WHERE ${['outlet = ?', ...dates('published')].join(' AND ')})`);
  }
  if (search.narrative) (where.push('+documents_fts.rowid IN (SELECT doc FROM doc_narratives WHERE narrative = ?)'), params.push(search.narrative));
  if (search.speakerEntities) {
    const ids = search.speakerEntities.length ? search.speakerEntities : [-1];
    where.push(`+documents_fts.rowid IN (SELECT doc FROM quotes WHERE speaker_entity IN (${ids.map(() => '?').join(', ')}))`);
    params.push(...ids);
  }
  const datesOnRow = !search.outlet && !!(search.from || to);
  if (search.language) {
    where.push(datesOnRow ? 'd.language = ?' : 'EXISTS (SELECT 1 FROM documents l INDEXED BY documents_language WHERE l.language = ? AND l.id = documents_fts.rowid)');
    params.push(search.language);
  }
  if (datesOnRow) where.push(...dates('d.published'));
  return { join: datesOnRow, where, params };
}

/**
 * One statement: the newest RANK_CAP matches that pass the filters, ranked by bm25 (title four times the body),
 * the page of them asked for, and `n`, how many candidates there were: one more than RANK_CAP is read, so that
 * n > RANK_CAP says there are more matches (it is not ranked). The best-ranked row (pos 1) always comes too, so a
 * page past the last candidate still learns n without a second scan (the caller drops it: pos <= offset).
 * Parameters: the match, `params`, then the offset and the offset plus the page size. Ties go to the newer document.
 */
export function searchSql(search: TextSearch): { rankedSql: string; params: SqlValue[] } {
  const f = filterSql(search);
  // CROSS JOIN keeps FTS5 the outer loop, in row id order, so the scan stops after RANK_CAP + 1 rows.
  const from = `FROM documents_fts${f.join ? ' CROSS JOIN documents d ON d.id = documents_fts.rowid' : ''} WHERE ${['documents_fts MATCH ?', ...f.where].join(' AND ')}`;
  const candidates = `SELECT documents_fts.rowid AS doc, bm25(documents_fts, 4.0, 1.0) AS rank ${from} ORDER BY documents_fts.rowid DESC LIMIT ${RANK_CAP + 1}`;
  const counted = `SELECT doc, rank, count(*) OVER () AS n, row_number() OVER (ORDER BY doc DESC) AS age FROM (${candidates})`;
  const placed = `SELECT doc, rank, n, row_number() OVER (ORDER BY rank, doc DESC) AS pos FROM (${counted}) WHERE age <= ${RANK_CAP}`;
  return { rankedSql: `SELECT doc, rank, n, pos FROM (${placed}) WHERE pos = 1 OR (pos > ? AND pos <= ?) ORDER BY pos`, params: f.params };
}

/** Totals as the Store interface reports them (types.ts), from the number of candidates read (≤ RANK_CAP + 1). */
export function totals(candidates: number): { total: number; more: boolean; rankedOnly: number | null } {
  return { total: Math.min(candidates, TOTAL_CAP), more: candidates > TOTAL_CAP, rankedOnly: candidates > RANK_CAP ? RANK_CAP : null };
}

/**
 * Phrases from which one pass over the page's rowid range beats a lookup per row (snippetSql). Measured on the
 * 100,000-document bench store, best of 25 runs per search, 180 searches (words, names, 'word N' pairs; no filter,
 * language, dates, outlet; pages 1 and 2): per row / ranged, 1 phrase 1.27 / 0.94 ms, 2 phrases 2.20 / 0.87, 3
 * phrases 2.82 / 2.23, 4 or more 10.90 / 1.78. The pass loses only where a filter spreads the page over much of
 * the index (outlet or a rare language: at most 2x, 4.8 ms against 2.3); with one phrase that is not worth it.
 */
export const RANGED_SNIPPETS_FROM = 2;

/**
 * Snippets of the returned page only. FTS5 answers `rowid IN (…)` with one lookup per row, each loading every
 * phrase's doclist: cheap for a word or two, but an alias-expanded name (ISIS: 20 names, 40 phrases) pays that 20
 * times, and seconds under load. From RANGED_SNIPPETS_FROM phrases on, one pass over the rows between the page's
 * lowest and highest rowid, each phrase read once, with the page picked out by SQLite (+rowid is no constraint FTS5
 * sees), is several times cheaper. Parameters: the match, then (ranged) the lowest and highest rowid, then the ids.
 */
export function snippetSql(count: number, ranged = false): string {
  const ids = Array.from({ length: count }, () => '?').join(', ');
  const where = ranged ? `rowid >= ? AND rowid <= ? AND +rowid IN (${ids})` : `rowid IN (${ids})`;
  return `SELECT rowid AS doc, snippet(documents_fts, 1, '«', '»', '…', 16) AS snippet FROM documents_fts WHERE documents_fts MATCH ? AND ${where}`;
}

/** The phrases of an FTS5 query made by ftsQuery (each is one quoted string). */
export function phraseCount(match: string): number {
  return (match.match(/"/g) ?? []).length / 2;
}
