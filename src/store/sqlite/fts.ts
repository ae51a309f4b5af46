// FTS5 search: the user's words become a safe FTS5 query, and the filters become plain SQL on documents.
import { TOTAL_CAP, type SqlValue, type TextSearch } from '../types.js';

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
    const unique = [...new Set(alternatives)];
    if (unique.length) parts.push(unique.length > 1 ? `(${unique.join(' OR ')})` : unique[0]);
  }
  // Explicit AND: FTS5 reads implicit AND between phrases only; next to a parenthesised group it is a syntax error.
  return parts.join(' AND ');
}

export function searchSql(search: TextSearch): { countSql: string; hitsSql: string; params: SqlValue[] } {
  const where: string[] = ['documents_fts MATCH ?'];
  const params: SqlValue[] = [];
  if (search.outlet) (where.push('d.outlet = ?'), params.push(search.outlet));
  if (search.language) (where.push('d.language = ?'), params.push(search.language));
  if (search.from) (where.push('d.published >= ?'), params.push(search.from));
  // A bare date as the upper bound includes that whole day ('~' sorts after 'T').
  if (search.to) (where.push('d.published <= ?'), params.push(search.to.length === 10 ? `${search.to}~` : search.to));
  // IN (subquery) on documents.id: SQLite builds the set once and probes it per match. (On the FTS rowid it
  // would be pushed into FTS5 as one lookup per member: seconds.)
  if (search.narrative) (where.push('d.id IN (SELECT doc FROM doc_narratives WHERE narrative = ?)'), params.push(search.narrative));
  if (search.speakerEntities) {
    const ids = search.speakerEntities.length ? search.speakerEntities : [-1];
    where.push(`d.id IN (SELECT doc FROM quotes WHERE speaker_entity IN (${ids.map(() => '?').join(', ')}))`);
    params.push(...ids);
  }
  const joined = where.length > 1; // documents is joined only when a filter needs it
  const from = `FROM documents_fts${joined ? ' JOIN documents d ON d.id = documents_fts.rowid' : ''} WHERE ${where.join(' AND ')}`;
  return {
    countSql: `SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${TOTAL_CAP + 1}) t`,
    // Ranked ids first: a snippet is costly, and SQLite would compute it for every match before the LIMIT.
    hitsSql: `SELECT documents_fts.rowid AS doc, bm25(documents_fts, 4.0, 1.0) AS rank ${from} ORDER BY rank LIMIT ? OFFSET ?`,
    params,
  };
}

/** Phrases past which one pass over the page's rowid range beats a lookup per row (snippetSql). */
export const RANGED_SNIPPETS_FROM = 4;

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
