// Schema version 3: the ingest jobs of `claimtrail serve`, kept in the store so a server restart loses none (a job
// that was queued or running then is marked interrupted). Described here, not in schema.ts (version 1).
import { createIndex, createTable } from './ddl.js';
import type { Table } from './schema.js';
import type { Engine } from './types.js';

export const INGEST_JOBS_VERSION = 3;

export const ingestJobsTable: Table = {
  name: 'ingest_jobs',
  // input, progress, problems: JSON text; status: queued, running, done, failed, interrupted.
  columns: [
    { name: 'id', type: 'text', notNull: true },
    { name: 'status', type: 'text', notNull: true },
    { name: 'created', type: 'text', notNull: true },
    { name: 'started', type: 'text' },
    { name: 'finished', type: 'text' },
    { name: 'input', type: 'text', notNull: true },
    { name: 'progress', type: 'text', notNull: true },
    { name: 'problems', type: 'text', notNull: true },
    { name: 'error', type: 'text' },
  ],
  primaryKey: ['id'],
};

export function ingestJobsDdl(engine: Engine): string[] {
  return [createTable(engine, ingestJobsTable), createIndex({ name: 'ingest_jobs_created', table: 'ingest_jobs', columns: ['created'] })];
}
