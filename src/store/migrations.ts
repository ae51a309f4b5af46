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
import { ingestJobsDdl, INGEST_JOBS_VERSION, jobLeaseColumns, JOB_LEASE_VERSION } from './ingest-jobs.js';

export type Step =
  | { table: string }
  | { index: string }
  | { addColumn: { table: string; column: Column } }
  /** A column that stores of an earlier commit may lack: added (with `fill` run after) only where missing. */
  | { ensureColumn: { table: string; column: Column; default?: string; fill?: string } }
  | { sql: Partial<Record<Engine, string[]>> };

/** The columns a table has now (SQLite has no ADD COLUMN IF NOT EXISTS, so its steps look first). */
export type ColumnsOf = (table: string) => Set<string>;

export interface Migration {
  version: number;
  description: string;
  steps: Step[];
}

/** Every server looks for claimable jobs (queued, or running with a lapsed lease) every few seconds: by status. */
const jobStatusIndex = createIndex({ name: 'ingest_jobs_status', table: 'ingest_jobs', columns: ['status'] });

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
  {
    version: INGEST_JOBS_VERSION,
    description: 'the ingest jobs of the server, so a restart loses none (ingest-jobs.ts)',
    steps: [{ sql: { sqlite: ingestJobsDdl('sqlite'), postgres: ingestJobsDdl('postgres') } }],
  },
  repairEarlyVersion1(4), // after 3 (ingest jobs), which was written at the same time
  {
    // Commit 34f85ee numbered the repair step 3 and commit 20da7c7 numbered it 4, both before the ingest_jobs step
    // landed: their stores say version 3 or 4 without the table (the server's jobs then failed). Created where missing.
    version: 5,
    description: 'ingest_jobs created where a store of commits 34f85ee or 20da7c7 lacks it (a no-op elsewhere)',
    steps: [{ sql: { sqlite: ingestJobsDdl('sqlite').map(ifNotExists), postgres: ingestJobsDdl('postgres').map(ifNotExists) } }],
  },
  {
    version: JOB_LEASE_VERSION,
    description: 'ingest jobs claimed with an owner and a lease, so several servers on one store never run the same job (ingest-jobs.ts)',
    steps: [...jobLeaseColumns.map((column) => ({ addColumn: { table: 'ingest_jobs', column } })), { sql: { sqlite: [jobStatusIndex], postgres: [jobStatusIndex] } }],
  },
];

/** The same CREATE TABLE or CREATE INDEX, skipped where the table or index is already there. */
function ifNotExists(statement: string): string {
  return statement.replace(/^CREATE (UNIQUE )?(TABLE|INDEX) /, 'CREATE $1$2 IF NOT EXISTS ');
}

/**
 * Stores written by commits before the published_sort columns and narrative summaries were added still say
 * schema_version 1 (the schema changed without a version step; issue 17.5). This step brings any version-1 store
 * to the shape version 1 has now, and is a no-op on a store that already has it. Kept as its own version so each
 * later change gets its own step again.
 */
function repairEarlyVersion1(version: number): Migration {
  const sort = (table: string): Step => ({
    ensureColumn: {
      table,
      column: { name: 'published_sort', type: 'text', notNull: true },
      default: "'~'",
      fill: `UPDATE ${table} SET published_sort = COALESCE((SELECT d.published FROM documents d WHERE d.id = ${table}.doc), '~')`,
    },
  });
  const oldIndexes = ['quotes_speaker_entity_doc', 'claims_cluster_doc', 'doc_narratives_narrative_doc'];
  const newIndexes = ['quotes_speaker_entity_published_sort', 'claims_cluster_published_sort', 'doc_narratives_narrative_published_sort', 'narrative_stats_articles'];
  const ddl = (engine: Engine) => [
    ifNotExists(createTable(engine, need(tables, 'narrative_stats'))),
    ...oldIndexes.map((name) => `DROP INDEX IF EXISTS ${name}`),
    ...newIndexes.map((name) => ifNotExists(createIndex(need(indexes, name)))),
    // summaries rebuilt at the next open (a store with documents has updated_at): narrative_stats and speaker
    // outlet counts are filled from the rows; a new store gets no meta row here, so `migrate` can copy its own
    "DELETE FROM meta WHERE key = 'summarised_at'",
  ];
  return {
    version,
    description: 'version-1 stores of earlier commits brought to the current version-1 shape (published_sort, narrative_stats, outlet_counts, indexes)',
    steps: [
      sort('quotes'),
      sort('claims'),
      sort('doc_narratives'),
      { ensureColumn: { table: 'speaker_stats', column: { name: 'outlet_counts', type: 'text' } } },
      { sql: { sqlite: ddl('sqlite'), postgres: ddl('postgres') } },
    ],
  };
}

export const LATEST_VERSION = migrations[migrations.length - 1].version;

/**
 * The migrations that bring a store from `from` to the latest version (each runs in one transaction). Statements
 * are rendered when the migration runs, after the earlier ones: a step may depend on what is there by then.
 */
export function pendingMigrations(engine: Engine, from: number, columnsOf?: ColumnsOf): { version: number; statements: () => string[] }[] {
  return migrations
    .filter((m) => m.version > from)
    .map((m) => ({ version: m.version, statements: () => m.steps.flatMap((step) => render(engine, step, columnsOf)) }));
}

function render(engine: Engine, step: Step, columnsOf?: ColumnsOf): string[] {
  if ('table' in step) return [createTable(engine, need(tables, step.table))];
  if ('index' in step) return [createIndex(need(indexes, step.index))];
  if ('addColumn' in step) return [addColumn(engine, step.addColumn.table, step.addColumn.column)];
  if ('ensureColumn' in step) return ensureColumn(engine, step.ensureColumn, columnsOf);
  return step.sql[engine] ?? [];
}

function ensureColumn(engine: Engine, spec: Extract<Step, { ensureColumn: unknown }>['ensureColumn'], columnsOf?: ColumnsOf): string[] {
  const { table, column, fill } = spec;
  const withDefault = `${addColumn(engine, table, column)}${spec.default ? ` DEFAULT ${spec.default}` : ''}`;
  if (engine === 'postgres') {
    // IF NOT EXISTS, and the fill only where the default was just given (a full store keeps its values)
    return [withDefault.replace('ADD COLUMN ', 'ADD COLUMN IF NOT EXISTS '), ...(fill && spec.default ? [`${fill} WHERE ${column.name} = ${spec.default}`] : [])];
  }
  if (!columnsOf) throw new Error(`ensureColumn on ${engine} needs the columns of ${table}`);
  if (columnsOf(table).has(column.name)) return [];
  return [withDefault, ...(fill ? [fill] : [])];
}

function need<T>(map: Record<string, T>, key: string): T {
  const found = map[key];
  if (!found) throw new Error(`migration names "${key}", which the schema description lacks`);
  return found;
}
