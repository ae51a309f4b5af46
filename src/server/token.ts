// The write token: CLAIMTRAIL_TOKEN when set, else one generated at the first start and kept beside the store
// (mode 0600) so it survives restarts. Compared in constant time over SHA-256 digests, so neither the content nor
// the length of the token leaks through timing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { ClaimtrailError } from '../core/errors.js';

export interface TokenSource {
  token: string;
  /** Where it came from, for the start-up message. */
  origin: 'environment' | 'file' | 'generated' | 'given';
  file?: string;
}

export function resolveToken(env: string | undefined, storePath: string | null): TokenSource {
  if (env && env.trim()) return { token: env.trim(), origin: 'environment' };
  const file = storePath ? `${storePath}.token` : undefined;
  if (file) {
    try {
      const saved = readFileSync(file, 'utf8').trim();
      if (saved) return { token: saved, origin: 'file', file };
    } catch {
      // no token file yet: make one below
    }
  }
  const token = randomBytes(24).toString('base64url');
  if (file) {
    try {
      writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
      return { token, origin: 'generated', file };
    } catch {
      // a read-only folder: the token lives as long as the process
    }
  }
  return { token, origin: 'generated' };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && !!given;
}

/**
 * The read token of a shared deployment: from --read-token-file (kept out of the process list and the shell
 * history, unlike a token given on the command line) or $CLAIMTRAIL_READ_TOKEN; null when neither is given.
 */
export function resolveReadToken(file: string | undefined, env: string | undefined): string | null {
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ClaimtrailError('CLI_USAGE', { detail: `--read-token-file "${file}" cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Give a file holding the token.` });
    }
    const token = text.trim();
    if (!token) throw new ClaimtrailError('CLI_USAGE', { detail: `--read-token-file "${file}" is empty. Put the token in it (one line).` });
    if (/\s/.test(token)) throw new ClaimtrailError('CLI_USAGE', { detail: `--read-token-file "${file}" holds more than one word; the token is one line without spaces.` });
    return token;
  }
  return env?.trim() || null;
}
