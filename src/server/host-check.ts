// DNS rebinding: a page on evil.example that resolves its name to 127.0.0.1 can make the user's browser talk to this
// server with "Host: evil.example". Reads and /analyze are open on localhost, so only the names the operator expects
// are served; anything else gets 421 before any route runs.
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './problems.js';

export const LOCAL_HOSTS = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** The host name of a Host header, lower case, without the port ("[::1]:8080" → "[::1]"). */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  const colon = value.lastIndexOf(':');
  return colon > 0 && value.indexOf(':') === colon ? value.slice(0, colon) : value;
}

/** The names accepted: the local ones, the bound address when it is a specific one, and the operator's. */
export function allowedHosts(bound: string | undefined, extra: readonly string[]): Set<string> {
  const names = new Set(LOCAL_HOSTS);
  if (bound && bound !== '0.0.0.0' && bound !== '::') names.add(bound.includes(':') && !bound.startsWith('[') ? `[${bound.toLowerCase()}]` : bound.toLowerCase());
  for (const name of extra) names.add(hostName(name));
  return names;
}

export function hostCheck(allowed: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    // app.request() (tests, embedding) sends no Host header: the URL's host stands for it, as Node's adaptor builds it
    const header = c.req.header('host') ?? new URL(c.req.url).host;
    const name = hostName(header);
    if (!allowed.has(name)) {
      throw new ApiError('misdirected-request', `This server does not answer for the host "${header}". Use one of ${[...allowed].join(', ')}, or start it with --allowed-host ${name || 'NAME'}.`);
    }
    await next();
  };
}
