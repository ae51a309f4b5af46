// What went wrong talking to PostgreSQL, in words that name the database (password hidden) and say what to do.
import { ClaimtrailError } from '../../core/errors.js';
import { scrub } from './url.js';

interface PgLike {
  code?: string;
  message?: string;
}

const LOST = new Set(['ECONNRESET', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
const REFUSED = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

function parts(error: unknown): PgLike {
  return typeof error === 'object' && error ? (error as PgLike) : { message: String(error) };
}

/** A connection that failed or broke (not a fault of the statement): worth trying again after a pause. */
export function isTransient(error: unknown): boolean {
  if (error instanceof ClaimtrailError) return error.code === 'STORE_CONNECTION' || (error.cause !== undefined && isTransient(error.cause));
  const { code, message = '' } = parts(error);
  return (!!code && (LOST.has(code) || REFUSED.has(code))) || /Connection terminated|connection timeout|terminating connection|not queryable|Client was closed/i.test(message);
}

/** Errors of opening: a refused connection, wrong credentials, a missing database … each said plainly. */
export function openError(error: unknown, url: string, location: string): ClaimtrailError {
  if (error instanceof ClaimtrailError) return error;
  const { code, message = '' } = parts(error);
  const host = safeHost(url);
  let detail: string;
  if (code === 'ECONNREFUSED') detail = `the connection to ${host} was refused. Is PostgreSQL running there and listening on TCP?`;
  else if (code === 'ENOTFOUND') detail = `the host of ${host} is not known. Check the host name in the URL.`;
  else if (code === '28P01' || code === '28000') detail = `${scrub(message, url)}. Check the user name and password in the URL (or PGPASSWORD / ~/.pgpass).`;
  else if (code === '3D000') detail = `${scrub(message, url)}. Create it first (createdb, or CREATE DATABASE), then run the command again.`;
  else if (code === '42501') detail = `${scrub(message, url)}. The user needs the right to create tables in this database (and pg_trgm installed once by a superuser).`;
  else if (REFUSED.has(code ?? '') || /timeout/i.test(message)) detail = `no answer from ${host} (${code ?? scrub(message, url)}). Check the host, port and network.`;
  else detail = scrub(message || String(error), url);
  return new ClaimtrailError(isTransient(error) && code !== 'ECONNREFUSED' ? 'STORE_CONNECTION' : 'STORE_ENGINE', { input: location, detail }, { cause: error });
}

/** Errors while running: a lost connection becomes STORE_CONNECTION naming the database; others pass unchanged. */
export function runError(error: unknown, url: string, location: string): unknown {
  if (error instanceof ClaimtrailError || !isTransient(error)) return error;
  return new ClaimtrailError('STORE_CONNECTION', { input: location, detail: scrub(parts(error).message ?? String(error), url) }, { cause: error });
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}`;
  } catch {
    return 'the server';
  }
}
