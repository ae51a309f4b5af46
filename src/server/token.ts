// The write token: CLAIMTRAIL_TOKEN when set, else one generated at the first start and kept beside the store
// (mode 0600) so it survives restarts. Compared in constant time over SHA-256 digests, so neither the content nor
// the length of the token leaks through timing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

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
