// Every error the API answers with, in one table: a stable code, its HTTP status and a title. Bodies are
// RFC 9457 problem details (application/problem+json) with the code, so clients branch on `code`, people read `detail`.
import { isClaimtrailError } from '../core/errors.js';

export const problemTypes = {
  'bad-json': { status: 400, title: 'The request body is not valid JSON' },
  'bad-request': { status: 400, title: 'The request is not valid' },
  'unknown-parameter': { status: 400, title: 'Unknown query parameter' },
  'bad-parameter': { status: 400, title: 'A query parameter has a bad value' },
  'search-syntax': { status: 400, title: 'The search query cannot be read' },
  'bad-cursor': { status: 400, title: 'The cursor is not one this server gave out' },
  'catalogue-invalid': { status: 400, title: 'The narrative catalogue is not valid' },
  unauthorized: { status: 401, title: 'A valid token is required to write' },
  forbidden: { status: 403, title: 'This server may not do that' },
  'not-found': { status: 404, title: 'No such route' },
  'document-not-found': { status: 404, title: 'No such document' },
  'resource-not-found': { status: 404, title: 'Nothing found under this name' },
  'job-not-found': { status: 404, title: 'No such ingest job' },
  'method-not-allowed': { status: 405, title: 'Method not allowed on this route' },
  'body-too-large': { status: 413, title: 'The request body is too large' },
  'unsupported-media-type': { status: 415, title: 'Send JSON (Content-Type: application/json)' },
  'misdirected-request': { status: 421, title: 'This server does not answer for that host name' },
  'unprocessable-input': { status: 422, title: 'The input could not be analysed' },
  'analysis-too-slow': { status: 422, title: 'The analysis took longer than the time limit and was stopped' },
  'too-many-requests': { status: 429, title: 'Too many requests from this client' },
  busy: { status: 503, title: 'The analysis queue is full' },
  'search-busy': { status: 503, title: 'The server is busy searching' },
  'no-corpus': { status: 503, title: 'This server was started without a corpus store' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemCode = keyof typeof problemTypes;

export interface Problem {
  type: string;
  code: ProblemCode;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

/** Thrown by routes; the app's error handler turns it into a problem response. */
export class ApiError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export function problemOf(code: ProblemCode, detail: string, instance?: string): Problem {
  const { status, title } = problemTypes[code];
  return { type: `urn:claimtrail:problem:${code}`, code, title, status, detail, ...(instance ? { instance } : {}) };
}

/** Any error → a problem. ClaimtrailErrors from the analysis are the input's fault (422); the rest are ours (500). */
export function toProblem(error: unknown, instance: string): { problem: Problem; headers: Record<string, string> } {
  if (error instanceof ApiError) return { problem: problemOf(error.code, error.detail, instance), headers: error.headers };
  if (isClaimtrailError(error)) {
    const code: ProblemCode = error.code === 'STORE_NOT_FOUND' ? 'no-corpus' : 'unprocessable-input';
    return { problem: { ...problemOf(code, error.message, instance), claimtrailCode: error.code } as Problem, headers: {} };
  }
  return { problem: problemOf('internal', 'The server failed on this request; it was logged and the server goes on serving.', instance), headers: {} };
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(`${JSON.stringify(problem)}\n`, { status: problem.status, headers: { 'content-type': 'application/problem+json; charset=utf-8', ...headers } });
}
