// The storage interface. Everything above it (ingest, views, CLI, server) speaks portable SQL through it, so that a
// PostgreSQL engine can sit beside SQLite: `?` placeholders, no engine functions, dates as ISO text. What cannot be
// portable (full-text search, file identity) is a method the engine implements.

/** A value bound to a `?` placeholder or read from a row. Blobs are Uint8Array (bytea in PostgreSQL). */
export type SqlValue = string | number | null | Uint8Array;

export type Row = Record<string, SqlValue>;

export type Engine = 'sqlite' | 'postgres';

/** What runs SQL: the store itself, or a transaction handed to `Store.transaction`. */
export interface SqlRunner {
  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs one statement; `changes` is the number of rows it wrote. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
}

/** Full-text search filters; every one optional. Dates are ISO 8601 (a date or a date-time), compared as text. */
export interface TextSearch {
  query: string;
  outlet?: string;
  language?: string;
  from?: string;
  to?: string;
  narrative?: string;
  /** Store entity ids (rows of `entities`) of the speaker: a document matches where any of them is quoted. */
  speakerEntities?: number[];
  limit?: number;
  offset?: number;
}

export const TOTAL_CAP = 1000;

/**
 * Matches ranked per search, the newest first (both engines): ranking every match of a common word read tens of
 * thousands of rows per search (sqlite/fts.ts). As many as TOTAL_CAP, so every page offered lies in the ranked set.
 */
export const RANK_CAP = TOTAL_CAP;

export interface TextHit {
  doc: number;
  /** The matched passage with the terms marked «…». */
  snippet: string;
  rank: number;
}

export interface Store extends SqlRunner {
  readonly engine: Engine;
  /** Where it lives, fit to print (a PostgreSQL password is hidden). */
  readonly location: string;
  /** The schema version the store is at. */
  readonly version: number;
  /** Runs `fn` in one transaction: all its writes land, or none do. Nested calls are not allowed. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  /** Adds a document's searchable text (title and body) under the document row id, inside the caller's transaction. */
  indexText(tx: SqlRunner, doc: number, title: string, text: string): Promise<void>;
  /** Removes a document's searchable text from the index, inside the caller's transaction, before its text row goes. */
  unindexText(tx: SqlRunner, doc: number): Promise<void>;
  /**
   * Full-text search with snippets, best match first. `total` is exact up to TOTAL_CAP matches; past it, it is
   * TOTAL_CAP and `more` is true (counting every match of a common word costs as much as ranking them).
   * `rankedOnly` N: the query matched more than N documents and only the newest N were ranked (the SQLite engine
   * caps ranking work, store/sqlite/fts.ts); null or absent: every match was ranked.
   */
  searchText(search: TextSearch): Promise<{ total: number; more?: boolean; rankedOnly?: number | null; hits: TextHit[] }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open an existing store only, never create one (the views use this: a typo must not leave an empty file). */
  mustExist?: boolean;
  /** Open read-only (views). */
  readonly?: boolean;
  /**
   * SQLite's page cache of this connection in MB (default 64). The server's search threads each hold a connection:
   * 16 MB each keeps their memory bounded, the OS file cache behind them being shared.
   */
  cacheMb?: number;
}
