import { readFileSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { withMessages } from '../core/doc.js';
import { ClaimtrailError } from '../core/errors.js';
import type { Doc } from '../core/types.js';
import { refuseContainer } from './containers.js';
import { decodeBytes } from './decode.js';
import { fromHtml } from './html/index.js';
import { fromText } from './text.js';

export interface ReadOptions {
  /** Largest input accepted, in bytes (after decompression). */
  maxBytes?: number;
  /** Character set to use instead of the declared or sniffed one. */
  encoding?: string | null;
  /** Treat the input as this kind instead of deciding from the name and content. */
  kind?: 'html' | 'text' | null;
  url?: string | null;
  /** Characters of clean text analysed (default DEFAULT_MAX_CHARS); a longer text is cut with a warning. */
  maxChars?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const HTML_EXT = /\.(x?html?|xht)(\.gz)?$/i;
const TEXT_EXT = /\.(txt|text|md)(\.gz)?$/i;

/** Reads one file (HTML, text, or either gzipped) into a document with no layers. */
export function readFile(path: string, options: ReadOptions = {}): Doc {
  return readBytes(readInputBytes(path), path, options);
}

/** A file's raw bytes, with the errors of a missing or unreadable input. */
export function readInputBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path });
    throw new ClaimtrailError('INPUT_FORMAT', { input: path, detail: `cannot be read (${code ?? String(error)}). Check its permissions.` });
  }
}

/** Bytes (as read from disk or received) → Doc; `name` is used in errors and as the source name. */
export function readBytes(raw: Uint8Array, name: string, options: ReadOptions = {}): Doc {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes = raw;
  if (isGzip(raw) || /\.gz$/i.test(name)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? `more than ${formatBytes(maxBytes)} once decompressed` : (error as Error).message;
      if (detail.startsWith('more than')) throw new ClaimtrailError('INPUT_TOO_LARGE', { input: name, detail, limit: formatBytes(maxBytes) });
      throw new ClaimtrailError('INPUT_GZIP', { input: name, detail });
    }
  }
  if (bytes.length === 0 || isBlank(bytes)) throw new ClaimtrailError('INPUT_EMPTY', { input: name });
  if (bytes.length > maxBytes) {
    // Just over the limit, both rounded sizes read the same ("20.0 MB; the limit is 20.0 MB"): give the bytes.
    const exact = formatBytes(bytes.length) === formatBytes(maxBytes);
    throw new ClaimtrailError('INPUT_TOO_LARGE', { input: name, detail: exact ? `${bytes.length} bytes` : formatBytes(bytes.length), limit: exact ? `${maxBytes} bytes` : formatBytes(maxBytes) });
  }
  refuseContainer(name, bytes);
  const kind = options.kind ?? guessKind(name, bytes);
  const decoded = decodeBytes(bytes, { name, declared: options.encoding ?? null, isHtml: kind === 'html' });
  const doc =
    kind === 'html'
      ? fromHtml(decoded.text, { name, url: options.url ?? null, encoding: decoded.encoding, bytes: bytes.length, maxChars: options.maxChars })
      : fromText(decoded.text, { name, encoding: decoded.encoding, bytes: bytes.length, maxChars: options.maxChars });
  return withMessages(doc, decoded.messages);
}

/** The file-system entry of an input path; a missing one is INPUT_NOT_FOUND naming it. */
export function statInput(path: string): Stats {
  try {
    return statSync(path);
  } catch {
    throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path });
  }
}

/** Expands files and folders (recursively) into the article files they hold, in a stable order. */
export function listInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    const st = statInput(path);
    if (!st.isDirectory()) {
      out.push(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found);
    if (!found.length) throw new ClaimtrailError('INPUT_FORMAT', { input: path, detail: 'this folder holds no .html, .htm, .txt or .gz article files.' });
    out.push(...found.sort());
  }
  return out;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (HTML_EXT.test(name) || TEXT_EXT.test(name)) out.push(path);
  }
}

function guessKind(name: string, bytes: Uint8Array): 'html' | 'text' {
  if (HTML_EXT.test(name)) return 'html';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<head|<\?xml[^>]*>\s*<html|<body|<meta|<article|<div|<p[ >])/.test(head)) return 'html';
  if (TEXT_EXT.test(name) || extname(basename(name)) === '') return 'text';
  return /<(p|div|body|html)[\s>]/i.test(head) ? 'html' : 'text';
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x20) return false;
  return true;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
