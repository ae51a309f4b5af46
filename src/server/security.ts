// Headers every response carries, the token check for writes, and bounded JSON bodies.
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './problems.js';
import { tokenMatches } from './token.js';

/**
 * The web app is one script file and one style sheet from this origin: nothing inline, nothing from elsewhere. Article
 * text is only ever set with textContent, so even a mistake there could not run a script past this policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const h = c.res.headers;
  h.set('content-security-policy', CONTENT_SECURITY_POLICY);
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('x-frame-options', 'DENY');
  h.set('cross-origin-opener-policy', 'same-origin');
  h.set('cross-origin-resource-policy', 'same-origin');
  if (!h.has('cache-control')) h.set('cache-control', 'no-store');
};

/** Whether an Authorization header carries the token (for routes open to all, where the token buys more). */
export function hasToken(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  return given !== undefined && tokenMatches(given, token);
}

/**
 * With a read token (shared deployments: CLAIMTRAIL_READ_TOKEN), every API route needs it or the write token; the
 * OpenAPI description and the web app's files stay open so a browser can load the app and ask for the token.
 */
export function requireReadToken(readToken: string, writeToken: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (hasToken(header, readToken) || hasToken(header, writeToken)) return next();
    throw new ApiError('unauthorized', header ? 'The token is wrong.' : 'This server needs a token to read: send "Authorization: Bearer <read token>".', { 'www-authenticate': 'Bearer realm="claimtrail"' });
  };
}

/** Writes need `Authorization: Bearer <token>`. */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const given = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!given) throw new ApiError('unauthorized', 'Send the token as "Authorization: Bearer <token>" (CLAIMTRAIL_TOKEN, or the one printed when the server started).', { 'www-authenticate': 'Bearer realm="claimtrail"' });
    if (!tokenMatches(given, token)) throw new ApiError('unauthorized', 'The token is wrong.', { 'www-authenticate': 'Bearer realm="claimtrail", error="invalid_token"' });
    await next();
  };
}

/** The body, counted as it arrives and cut off (the reader cancelled) past `limit` bytes: then `tooLarge()` is thrown. */
export async function readBodyBytes(c: Context, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const reader = c.req.raw.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

/**
 * Reads a JSON object body of at most `limit` bytes. A declared length over the limit is refused before anything is
 * read; an undeclared one (chunked) is counted as it arrives and cut off at the limit. The connection is closed after
 * a refusal so the rest of a huge body is not read.
 */
export async function readJsonBody(c: Context, limit: number): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new ApiError('unsupported-media-type', `Content-Type is "${type || 'missing'}"; send application/json.`);
  const tooLarge = () => new ApiError('body-too-large', `The body is over the limit of ${mb(limit)} for ${new URL(c.req.url).pathname}.`, { connection: 'close' });
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > limit) throw tooLarge();
  const text = (await readBodyBytes(c, limit, tooLarge)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError('bad-json', `${(error as Error).message}. Send one JSON object.`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ApiError('bad-request', 'The body must be a JSON object.');
  return value as Record<string, unknown>;
}

/** Refuses body fields the route does not know (as for query parameters). */
export function onlyFields(body: Record<string, unknown>, allowed: string[], route: string): void {
  const extra = Object.keys(body).filter((k) => !allowed.includes(k));
  if (extra.length) throw new ApiError('bad-request', `${route} does not take ${extra.map((k) => `"${k}"`).join(', ')}; it takes ${allowed.join(', ')}.`);
}
