// Query parameters: each route names the ones it takes, and anything else is refused (a typo like ?langauge=en must
// not silently return everything). Cursors are opaque to clients: base64url JSON of where the next page starts.
import type { Context } from 'hono';
import { ApiError } from './problems.js';

export type ParamKind = 'string' | 'int' | 'date' | 'cursor';
export type ParamSpec = Record<string, ParamKind>;
export type Params<S extends ParamSpec> = { [K in keyof S]?: S[K] extends 'int' ? number : S[K] extends 'cursor' ? Cursor : string };

export interface Cursor {
  /** Offset into an ordered result (views), or the last row id seen (keyset lists). */
  offset?: number;
  after?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
const MAX_PARAM = 1000;

export function readParams<S extends ParamSpec>(c: Context, spec: S): Params<S> {
  const url = new URL(c.req.url);
  const out: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    const kind = spec[key];
    if (!kind) {
      const known = Object.keys(spec);
      throw new ApiError('unknown-parameter', `"${key}" is not a parameter of ${url.pathname}. ${known.length ? `It takes: ${known.join(', ')}.` : 'It takes none.'}`);
    }
    if (value.length > MAX_PARAM) throw new ApiError('bad-parameter', `"${key}" is longer than ${MAX_PARAM} characters.`);
    out[key] = parse(key, kind, value);
  }
  return out as Params<S>;
}

function parse(key: string, kind: ParamKind, value: string): unknown {
  if (kind === 'string') return value;
  if (kind === 'date') {
    if (!DATE.test(value)) throw new ApiError('bad-parameter', `"${key}" must be a date (YYYY-MM-DD) or an ISO 8601 date-time, not "${value}".`);
    return value;
  }
  if (kind === 'int') {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new ApiError('bad-parameter', `"${key}" must be a positive whole number, not "${value}".`);
    return n;
  }
  return decodeCursor(value);
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const { offset, after } = parsed as Record<string, unknown>;
      const ok = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0);
      if (ok(offset) && ok(after) && (offset !== undefined || after !== undefined)) return { offset: offset as number | undefined, after: after as number | undefined };
    }
  } catch {
    // falls through to the error below
  }
  throw new ApiError('bad-cursor', 'Pass back the "nextCursor" value of the previous page unchanged.');
}

/** A page size: the client's limit, capped, or the default. */
export function pageSize(limit: number | undefined, fallback = 50, max = 500): number {
  return Math.min(limit ?? fallback, max);
}

/** One page of an ordered list that the view can only return from the top: slice it, and say where the next starts. */
export function slicePage<T>(all: T[], offset: number, size: number): { items: T[]; nextCursor: string | null } {
  const items = all.slice(offset, offset + size);
  return { items, nextCursor: all.length > offset + size ? encodeCursor({ offset: offset + size }) : null };
}
