// What the routes share: the store (absent when serving the analyser alone), the write token, limits and jobs.
import type { Hono } from 'hono';
import type { AnalysisPool } from './analysis-pool.js';
import type { Jobs } from './jobs.js';
import { ApiError } from './problems.js';
import type { Store } from '../store/index.js';

export interface ServerLimits {
  /** Largest body of POST /analyze, in bytes. */
  analyzeBytes: number;
  /** Largest body of POST /ingest, in bytes. */
  ingestBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = { analyzeBytes: 5 * 1024 * 1024, ingestBytes: 32 * 1024 * 1024 };

export interface ServerDeps {
  store: Store | null;
  token: string;
  limits: ServerLimits;
  jobs: Jobs | null;
  analysis: AnalysisPool;
}

export type App = Hono;

export function needStore(deps: ServerDeps): Store {
  if (!deps.store) throw new ApiError('no-corpus', 'Start the server with --db FILE to read a corpus; only /api/v1/analyze works without one.');
  return deps.store;
}
