// --out safety. A user who mistypes --out must not lose a corpus store or a document of their own, and a run that
// fails half-way must not leave the previous output emptied: claimtrail writes beside the target and renames on
// success, and replaces an existing file only when it looks like what the same command writes (or with --force).
import { closeSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, createWriteStream, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { ClaimtrailError } from '../core/errors.js';

/** What a command writes, so an existing file can be recognised as an earlier output of the same kind. */
export type OutputKind = 'json' | 'jsonl' | 'md' | 'html' | 'claimreview' | 'stix' | 'misp' | 'csv' | 'parquet' | 'extraction' | 'ann';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Signatures of claimtrail's own outputs, read from the first bytes of a file. */
const SIGNATURES: Record<OutputKind, (head: string) => boolean> = {
  json: (h) => /^\s*[[{]/.test(h) && h.includes('"layers"'),
  jsonl: (h) => /^\s*\{/.test(h) && (h.includes('"layers"') || h.includes('"kind"')),
  md: (h) => /^# /.test(h) && h.includes('- **Source:** '),
  html: (h) => /^<!doctype html>/i.test(h) && /— claimtrail<\/title>/.test(h),
  claimreview: (h) => h.includes('"ClaimReview"') || h.includes('schema.org'),
  stix: (h) => h.includes('"type": "bundle"') || h.includes('"type":"bundle"'),
  misp: (h) => h.includes('"Event"') || h.includes('"response"'),
  csv: (h) => /^[\w"]+(,[\w" ]+)+\r?\n/.test(h) && /\b(doc_id|document_id|kind)\b/.test(h.split('\n', 1)[0]),
  parquet: (h) => h.startsWith('PAR1'),
  // eval extraction: {id: {"articleBody": text}}; eval attribution: brat standoff lines (T1<TAB>…, R1<TAB>…).
  extraction: (h) => /^\s*\{/.test(h) && (h.includes('"articleBody"') || /^\s*\{\s*\}\s*$/.test(h)),
  ann: (h) => /^[TRAE#]\d+\t/.test(h),
};

function readHead(path: string, bytes = 65536): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function same(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export interface OutputCheck {
  kind: OutputKind;
  force?: boolean;
  /** Paths the command reads (a --db store): never the output, even with --force. */
  reads?: readonly string[];
}

/**
 * Throws a usage error when writing `path` could destroy something: a folder, a file the command reads, a SQLite
 * store, or a file that is not an earlier output of the same kind (unless force). A missing file is always fine.
 */
export function checkOutputPath(path: string, check: OutputCheck): void {
  for (const input of check.reads ?? []) {
    if (!input.includes('://') && same(path, input)) {
      throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${path}" is the store this command reads (--db). Give another --out path.` });
    }
  }
  checkFolder(path);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${path}" is a folder. Give a file path (for example ${join(path, `output.${check.kind}`)}).` });
  if (check.force) return;
  const head = stat.size ? readHead(path) : '';
  if (head.startsWith(SQLITE_MAGIC)) {
    throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${path}" is a database (a claimtrail store?): it is left untouched. Give another --out path, or add --force to replace it.` });
  }
  if (stat.size && !SIGNATURES[check.kind](head)) {
    throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${path}" exists and was not written by this command (${check.kind}): it is left untouched. Give another --out path, or add --force to replace it.` });
  }
}

/** The folder --out writes into must exist (claimtrail does not create folders on a guess: a typo would go unseen). */
function checkFolder(path: string): void {
  const folder = dirname(resolve(path));
  let stat;
  try {
    stat = statSync(folder);
  } catch {
    throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${path}": the folder ${folder} does not exist. Create it first, or give a path in an existing folder.` });
  }
  if (!stat.isDirectory()) throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${path}": ${folder} is a file, not a folder. Check the path.` });
}

/** A file-system error on the temporary file is reported under the --out path the user gave. */
function underTarget(error: unknown, temp: string, path: string): unknown {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  // fs.write errors of a stream carry no path at all: the file being written is still the --out one
  if (e && typeof e === 'object' && (e.path === undefined || e.path === temp || e.dest === path)) e.path = path;
  return error;
}

function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/** Writes the whole content to a file beside `path`, then renames it over `path`. */
export function writeOutputFile(path: string, content: string | Uint8Array, check: OutputCheck): void {
  checkOutputPath(path, check);
  const temp = temporaryBeside(path);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw underTarget(error, temp, path);
  }
}

/** A stream to a temporary file beside `path`: `commit()` renames it into place, `abort()` removes it. */
export interface OutputStream {
  stream: WriteStream;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export function openOutputStream(path: string, check: OutputCheck): OutputStream {
  checkOutputPath(path, check);
  const temp = temporaryBeside(path);
  // Opened here, not by the stream later: a folder this user may not write in is one error now, before any analysis.
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw underTarget(error, temp, path);
  }
  const stream = createWriteStream(temp, { fd });
  // A write that fails later (a full disk) is kept and reported by commit(), never an unhandled 'error' event.
  let failed: unknown = null;
  stream.on('error', (error) => {
    failed ??= underTarget(error, temp, path);
  });
  const end = async () => {
    if (!stream.writableEnded && !stream.destroyed) stream.end();
    await finished(stream).catch(() => undefined); // the error itself is kept by the listener above
    if (stream.errored) failed ??= underTarget(stream.errored, temp, path);
  };
  return {
    stream,
    async commit() {
      await end();
      if (failed) {
        rmSync(temp, { force: true });
        throw failed;
      }
      try {
        renameSync(temp, path);
      } catch (error) {
        rmSync(temp, { force: true });
        throw underTarget(error, temp, path);
      }
    },
    async abort() {
      await end().catch(() => undefined);
      rmSync(temp, { force: true });
    },
  };
}
