// What the routes share: the store (absent when serving the analyser alone), the write token, limits and jobs.
import type { Hono } from 'hono';
import type { AnalysisPool } from './analysis-pool.js';
import type { Jobs } from './jobs.js';
import { ApiError } from './problems.js';
import { DEFAULT_ANALYZE_RATE, type RateLimit } from './rate-limit.js';
import type { Store } from '../store/index.js';

export interface ServerLimits {
  /** Largest body of POST /analyze with the token, in bytes. */
  analyzeBytes: number;
  /** Largest body of POST /analyze without a token: anonymous callers get less of the server. */
  anonymousAnalyzeBytes: number;
  /** Largest body of POST /ingest, in bytes. */
  ingestBytes: number;
  /** Per-client rate of POST /analyze without the token. */
  analyzeRate: RateLimit;
}

export const DEFAULT_LIMITS: ServerLimits = { analyzeBytes: 5 * 1024 * 1024, anonymousAnalyzeBytes: 1024 * 1024, ingestBytes: 32 * 1024 * 1024, analyzeRate: DEFAULT_ANALYZE_RATE };

export interface ServerDeps {
  store: Store | null;
  token: string;
  limits: ServerLimits;
  jobs: Jobs | null;
  analysis: AnalysisPool;
  /** Real paths of the folders POST /ingest {"paths"} may read; empty: none. */
  ingestRoots: string[];
}

export type App = Hono;

export function needStore(deps: ServerDeps): Store {
  if (!deps.store) throw new ApiError('no-corpus', 'Start the server with --db FILE to read a corpus; only /api/v1/analyze works without one.');
  return deps.store;
}
