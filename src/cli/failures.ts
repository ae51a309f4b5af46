import { isClaimtrailError } from '../core/errors.js';

/** What the user can do about a file-system error: these are mistakes or conditions of the machine, not bugs. */
const SYSTEM_ERRORS: Record<string, (path: string) => string> = {
  EISDIR: (p) => `"${p}" is a folder where a file is needed. Give a file path.`,
  ENOTDIR: (p) => `"${p}": a part of this path is a file, not a folder. Check the path.`,
  EEXIST: (p) => `"${p}" already exists. Give another path, or remove it first.`,
  ENOENT: (p) => `"${p}": no such file or folder. Check the path.`,
  EACCES: (p) => `"${p}": permission denied. Check its permissions or choose another path.`,
  EPERM: (p) => `"${p}": operation not permitted. Check its permissions or choose another path.`,
  EROFS: (p) => `"${p}" is on a read-only file system. Choose another path.`,
  ENOSPC: (p) => `No space left on the device while writing "${p}". Free some space and run the same command again.`,
  EMFILE: (p) => `Too many open files while reading "${p}". Raise the limit (ulimit -n) or give fewer inputs at once.`,
};

/** What SQLite reports about the store file itself: conditions of the file or the machine, named with the --db path. */
const STORE_ERRORS: Record<string, (path: string) => string> = {
  SQLITE_READONLY: (p) => `The store "${p}" cannot be written (a read-only file or folder). Check its permissions, or give another --db path.`,
  SQLITE_CANTOPEN: (p) => `The store "${p}" cannot be opened. Check that its folder exists and this user may write in it, or give another --db path.`,
  SQLITE_FULL: (p) => `No space left on the device while writing the store "${p}". Free some space and run the same command again.`,
  SQLITE_NOTADB: (p) => `"${p}" is not a claimtrail store (not an SQLite database). Give another --db path.`,
  SQLITE_CORRUPT: (p) => `The store "${p}" is damaged (SQLite reports corruption). Restore it from a copy, or ingest again into a new --db path.`,
};

/** Turns anything thrown while handling one input into one clear line for the user; a bug says so and how to see more. */
export function describeFailure(input: string, error: unknown, store?: string): string {
  if (isClaimtrailError(error)) return error.message;
  const storeError = storeFailure(store ?? input, error);
  if (storeError) return storeError;
  const system = systemError(input, error);
  if (system) return system;
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.CLAIMTRAIL_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return `"${input}": internal error (${detail}). This is a bug in claimtrail; rerun with CLAIMTRAIL_DEBUG=1 for details and report it.${stack}`;
}

function storeFailure(store: string, error: unknown): string | null {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  // extended codes (SQLITE_READONLY_DBMOVED, SQLITE_IOERR_…) are read by their primary part
  const primary = code?.startsWith('SQLITE_') ? code.split('_').slice(0, 2).join('_') : undefined;
  const describe = primary ? STORE_ERRORS[primary] : undefined;
  return describe ? describe(store) : null;
}

function systemError(input: string, error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, path } = error as NodeJS.ErrnoException;
  const describe = code ? SYSTEM_ERRORS[code] : undefined;
  if (!describe) return null;
  // some errors (a stream's EISDIR) carry no path: the input the command was handling is the best name
  return describe(path ?? input);
}
