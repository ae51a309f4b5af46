// Versioned migrations, one list for every engine. A step names tables and indexes of the schema description
// (rendered per engine) or gives SQL per engine where the engines differ (full-text search). The store records
// its version in `meta`; opening a store at a newer version than this list knows is refused, never overwritten.
// schema.ts describes the tables as version 1 creates them: a later version adds to them only through its own
// steps here (addColumn, a new table or index), never by editing what version 1 created.
import { addColumn, createIndex, createTable } from './ddl.js';
import { indexes, tables, type Column } from './schema.js';
import type { Engine } from './types.js';
import { tsConfigFunctionSql } from './postgres/languages.js';
import { catalogueDdl, CATALOGUES_VERSION } from './catalogues/schema.js';

export type Step =
  | { table: string }
  | { index: string }
  | { addColumn: { table: string; column: Column } }
  | { sql: Partial<Record<Engine, string[]>> };

export interface Migration {
  version: number;
  description: string;
  steps: Step[];
}

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'documents, entities and aliases, quotes, claims and clusters, techniques, narratives and evidence, near-duplicate bands, full-text index',
    steps: [
      ...Object.keys(tables).map((table) => ({ table })),
      ...Object.keys(indexes).map((index) => ({ index })),
      {
        sql: {
          // External-content FTS5: the text lives once, in document_texts; the index holds only its terms.
          sqlite: ["CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='document_texts', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"],
          // A tsvector per document in its language's configuration (claimtrail_ts_config: postgres/languages.ts),
          // and trigram indexes for fuzzy and substring lookups of names and aliases.
          postgres: [
            tsConfigFunctionSql(),
            'ALTER TABLE document_texts ADD COLUMN search tsvector',
            'CREATE INDEX document_texts_search ON document_texts USING gin (search)',
            'CREATE EXTENSION IF NOT EXISTS pg_trgm',
            'CREATE INDEX entity_aliases_trgm ON entity_aliases USING gin (alias_key gin_trgm_ops)',
            'CREATE INDEX entities_canonical_trgm ON entities USING gin (lower(canonical) gin_trgm_ops)',
          ],
        },
      },
    ],
  },
  {
    version: CATALOGUES_VERSION,
    description: 'narrative catalogues kept in the store, and the jobs that re-score stored documents when they change (catalogues/schema.ts)',
    steps: [{ sql: { sqlite: catalogueDdl('sqlite'), postgres: catalogueDdl('postgres') } }],
  },
];

export const LATEST_VERSION = migrations[migrations.length - 1].version;

/** The statements that bring a store from `from` to the latest version, per migration (each runs in one transaction). */
export function pendingMigrations(engine: Engine, from: number): { version: number; statements: string[] }[] {
  return migrations
    .filter((m) => m.version > from)
    .map((m) => ({ version: m.version, statements: m.steps.flatMap((step) => render(engine, step)) }));
}

function render(engine: Engine, step: Step): string[] {
  if ('table' in step) return [createTable(engine, need(tables, step.table))];
  if ('index' in step) return [createIndex(need(indexes, step.index))];
  if ('addColumn' in step) return [addColumn(engine, step.addColumn.table, step.addColumn.column)];
  return step.sql[engine] ?? [];
}

function need<T>(map: Record<string, T>, key: string): T {
  const found = map[key];
  if (!found) throw new Error(`migration names "${key}", which the schema description lacks`);
  return found;
}
