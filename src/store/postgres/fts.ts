// Full-text search on PostgreSQL. Each document's `search` vector is built with the configuration of its language
// (languages.ts); a query is parsed once per configuration, and a document is matched with the query as its own
// language reads it. The user's words become words, "phrases" and prefix* terms only: no input is a syntax error.
import type { SqlValue, TextSearch } from '../types.js';
import { TS_CONFIGS } from './languages.js';

/** A word, "phrase" or prefix*; `or` lists alternatives that match as well (`ISIS|Daesh|"Islamic State"`). */
export type Term = { kind: 'word' | 'phrase' | 'prefix'; text: string; or?: Term[] };

function atoms(group: string): Term[] {
  const out: Term[] = [];
  for (const m of group.matchAll(/"([^"]*)"|([\p{L}\p{M}\p{N}]+)(\*)?/gu)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{M}\p{N}]+/gu);
      if (words) out.push({ kind: 'phrase', text: words.join(' ') });
    } else out.push({ kind: m[3] ? 'prefix' : 'word', text: m[2] });
  }
  return out;
}

/** The same reading of a user query as the SQLite engine's: words ANDed, "a phrase" kept, a trailing * a prefix, | alternatives. */
export function queryTerms(query: string): Term[] {
  const terms: Term[] = [];
  for (const group of query.matchAll(/(?:"[^"]*"|[\p{L}\p{M}\p{N}]+\*?)(?:\|(?:"[^"]*"|[\p{L}\p{M}\p{N}]+\*?))*/gu)) {
    const [first, ...rest] = atoms(group[0]);
    if (first) terms.push(rest.length ? { ...first, or: rest } : first);
  }
  return terms;
}

/**
 * One statement that parses the terms with every configuration a document can have (those of languages.ts the
 * server has, and `simple`): rows of (config, tsquery text). A stopword-only term gives an empty query, which &&
 * ignores.
 */
export function parseSql(terms: Term[]): { sql: string; params: SqlValue[] } {
  const one = (t: Term): string => {
    if (t.kind === 'phrase') return 'phraseto_tsquery(c.oid::regconfig, ?)';
    if (t.kind === 'prefix') return "to_tsquery(c.oid::regconfig, quote_literal(?) || ':*')";
    return 'plainto_tsquery(c.oid::regconfig, ?)';
  };
  // Alternatives are ORed (tsquery ||), terms ANDed (&&).
  const parts = terms.map((t) => (t.or?.length ? `(${[t, ...t.or].map(one).join(' || ')})` : one(t)));
  const configs = [...new Set(['simple', ...Object.values(TS_CONFIGS)])].map((c) => `'${c}'`).join(', ');
  return {
    sql: `SELECT c.cfgname AS config, (${parts.join(' && ')})::text AS q FROM pg_catalog.pg_ts_config c WHERE c.cfgname IN (${configs})`,
    params: terms.flatMap((t) => [t.text, ...(t.or ?? []).map((a) => a.text)]),
  };
}

/** The rows of parseSql as one query for the index (any reading) and one per configuration. */
export function compile(rows: { config: string; q: string }[]): Compiled | null {
  const byConfig = new Map(rows.map((r) => [r.config, r.q]));
  const distinct = [...new Set(rows.map((r) => r.q).filter(Boolean))];
  return distinct.length ? { any: distinct.map((q) => `(${q})`).join(' | '), byConfig } : null;
}

export interface Compiled {
  /** Any configuration's reading: what the GIN index is searched with. */
  any: string;
  /** The reading per configuration, for the exact check and ranking of each document in its own language. */
  byConfig: Map<string, string>;
}

/** `d.search @@ <the query in d's own configuration>` as SQL, with its parameters. */
export function ownQuery(c: Compiled): { sql: string; params: SqlValue[] } {
  const simple = c.byConfig.get('simple') ?? '';
  const branches = [...c.byConfig].filter(([cfg, q]) => cfg !== 'simple' && q !== simple);
  if (!branches.length) return { sql: '?::tsquery', params: [simple] };
  return {
    sql: `(CASE claimtrail_ts_config(d.language)::text ${branches.map(() => 'WHEN ? THEN ?::tsquery').join(' ')} ELSE ?::tsquery END)`,
    params: [...branches.flat(), simple],
  };
}

export function filters(search: TextSearch): { where: string[]; params: SqlValue[] } {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (search.outlet) (where.push('d.outlet = ?'), params.push(search.outlet));
  if (search.language) (where.push('d.language = ?'), params.push(search.language));
  if (search.from) (where.push('d.published >= ?'), params.push(search.from));
  // A bare date as the upper bound includes that whole day ('~' sorts after 'T'), as in the SQLite engine.
  if (search.to) (where.push('d.published <= ?'), params.push(search.to.length === 10 ? `${search.to}~` : search.to));
  if (search.narrative) (where.push('EXISTS (SELECT 1 FROM doc_narratives n WHERE n.doc = d.id AND n.narrative = ?)'), params.push(search.narrative));
  if (search.speakerEntities) {
    const ids = search.speakerEntities.length ? search.speakerEntities : [-1];
    where.push(`EXISTS (SELECT 1 FROM quotes q WHERE q.doc = d.id AND q.speaker_entity IN (${ids.map(() => '?').join(', ')}))`);
    params.push(...ids);
  }
  return { where, params };
}

/** Title weighs four times the body, as bm25(…, 4.0, 1.0) weighs them in the SQLite engine. */
export const RANK_WEIGHTS = "'{0.1, 0.2, 0.25, 1.0}'";

export const HEADLINE_OPTIONS = 'StartSel=«, StopSel=», MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…';

/** ts_headline gives a fragment without ellipses; mark where it was cut, as SQLite's snippet() does. */
export function withEllipses(fragment: string, at: number, textLength: number): string {
  const plain = fragment.replace(/[«»]/g, '');
  if (at <= 0) return `…${fragment}…`;
  const head = at > 1 ? '…' : '';
  const tail = at - 1 + plain.length < textLength ? '…' : '';
  return `${head}${fragment}${tail}`;
}
