// Schema version 3: the ingest jobs of `claimtrail serve`, kept in the store so a server restart loses none (a job
// that was queued or running then is marked interrupted). Described here, not in schema.ts (version 1).
// Version 6 adds the owner and lease columns (jobLeaseColumns): several servers share one store's jobs safely.
import { createIndex, createTable } from './ddl.js';
import type { Column, Table } from './schema.js';
import type { Engine } from './types.js';

export const INGEST_JOBS_VERSION = 3;
export const JOB_LEASE_VERSION = 6;

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

/**
 * Version 6: the server process that holds a queued or running job (a random id per process) and until when (ISO
 * text, renewed by its heartbeat). A job whose lease has passed, or that has none (rows of earlier versions), belongs
 * to a server that stopped and may be claimed by another (server/jobs.ts). Not in ingestJobsTable: version 3 and 5
 * create that table as it was then, and these columns come after, by their own step.
 */
export const jobLeaseColumns: Column[] = [
  { name: 'owner', type: 'text' },
  { name: 'leased_until', type: 'text' },
];

export function ingestJobsDdl(engine: Engine): string[] {
  return [createTable(engine, ingestJobsTable), createIndex({ name: 'ingest_jobs_created', table: 'ingest_jobs', columns: ['created'] })];
}
