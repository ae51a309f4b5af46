// The tables of schema version 2: narrative catalogues kept in the store, and the jobs that re-score stored
// documents when they change. Described here, not in schema.ts (which is version 1 as it creates its tables).
import { createIndex, createTable } from '../ddl.js';
import type { Index, Table } from '../schema.js';
import type { Engine } from '../types.js';

/** The schema version that adds these tables: a store below it has no catalogues. */
export const CATALOGUES_VERSION = 2;

export const catalogueTables: Table[] = [
  {
    name: 'catalogues',
    // content: the text as uploaded (JSON, YAML or CSV); hash: its SHA-256; version: 1, then +1 at each replacement.
    columns: [
      { name: 'name', type: 'text', notNull: true },
      { name: 'format', type: 'text', notNull: true },
      { name: 'content', type: 'text', notNull: true },
      { name: 'hash', type: 'text', notNull: true },
      { name: 'version', type: 'int', notNull: true },
      { name: 'narratives', type: 'int', notNull: true },
      { name: 'examples', type: 'int', notNull: true },
      { name: 'uploaded_at', type: 'text', notNull: true },
    ],
    primaryKey: ['name'],
  },
  {
    name: 'rescore_jobs',
    // state: the hash of every catalogue at submission; last_doc: the highest document id re-scored (the cursor a
    // resumed job starts after); status: queued, running, done, failed, or superseded by a later change.
    columns: [
      { name: 'id', type: 'id' },
      { name: 'reason', type: 'text', notNull: true },
      { name: 'state', type: 'text', notNull: true },
      { name: 'status', type: 'text', notNull: true },
      { name: 'done', type: 'int', notNull: true },
      { name: 'total', type: 'int', notNull: true },
      { name: 'last_doc', type: 'int', notNull: true },
      { name: 'created', type: 'text', notNull: true },
      { name: 'started', type: 'text' },
      { name: 'finished', type: 'text' },
      { name: 'error', type: 'text' },
    ],
  },
];

const indexes: Index[] = [{ name: 'rescore_jobs_status', table: 'rescore_jobs', columns: ['status'] }];

export function catalogueDdl(engine: Engine): string[] {
  return [...catalogueTables.map((t) => createTable(engine, t)), ...indexes.map(createIndex)];
}
