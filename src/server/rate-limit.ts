// Per-client rate limit for the anonymous, costly routes (POST /analyze): a token bucket per client address, so one
// client cannot take every analysis thread while others wait.
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from './problems.js';

export interface RateLimit {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests a client regains per minute. */
  perMinute: number;
}

export const DEFAULT_ANALYZE_RATE: RateLimit = { burst: 20, perMinute: 120 };

interface Bucket {
  tokens: number;
  at: number;
}

const MAX_CLIENTS = 10_000;

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

/** `exempt`: callers the limit does not apply to (those holding the write token). */
export function rateLimit(limit: RateLimit, exempt: (c: Context) => boolean = () => false, now: () => number = Date.now): MiddlewareHandler {
  const buckets = new Map<string, Bucket>();
  const rate = limit.perMinute / 60_000;
  return async (c, next) => {
    if (exempt(c)) return next();
    const client = clientAddress(c);
    const t = now();
    const bucket = buckets.get(client) ?? { tokens: limit.burst, at: t };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + (t - bucket.at) * rate);
    bucket.at = t;
    if (bucket.tokens < 1) {
      const wait = Math.ceil((1 - bucket.tokens) / rate / 1000);
      throw new ApiError('too-many-requests', `More than ${limit.perMinute} analyses a minute from this client; try again in ${wait} s.`, { 'retry-after': String(wait) });
    }
    bucket.tokens -= 1;
    buckets.delete(client); // re-insert: the map stays in least-recently-used order
    buckets.set(client, bucket);
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value as string);
    await next();
  };
}
