// POST /ingest {"paths"} reads files on the server's disk, and what it stores is served to anyone who can read. So
// paths are confined to the folders the operator named at start (--ingest-root), checked after resolving symlinks;
// with none named (the default) only uploaded content is accepted.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ApiError } from './problems.js';

/** The roots as real paths; a root that does not exist is the operator's mistake, reported at start. */
export function resolveIngestRoots(roots: readonly string[]): string[] {
  return roots.map((root) => {
    try {
      return realpathSync(root);
    } catch {
      throw new Error(`--ingest-root "${root}" does not exist or cannot be read.`);
    }
  });
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** Each requested path, relative to the first root when not absolute, as a real path inside a root; or a 403/400. */
export function confinePaths(paths: readonly string[], roots: readonly string[]): string[] {
  if (!roots.length) throw new ApiError('forbidden', 'Reading files on the server is off. Send the articles themselves as "items", or start the server with --ingest-root DIR to allow paths under DIR.');
  return paths.map((p) => {
    const candidate = isAbsolute(p) ? p : resolve(roots[0], p);
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      throw new ApiError('bad-request', `"${p}" does not exist under the ingest roots.`);
    }
    if (!roots.some((root) => inside(real, root))) throw new ApiError('forbidden', `"${p}" is outside the folders this server may read (--ingest-root).`);
    return real;
  });
}
