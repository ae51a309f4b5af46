import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ClaimtrailError } from '../core/errors.js';

/**
 * Reads a knowledge file written in YAML. The build (scripts/copy-data.mjs) writes a parsed `<file>.json` beside each
 * YAML file it copies into dist/, and that is read instead: parsing the YAML gazetteer takes ~0.4 s, its JSON ~10 ms,
 * which every CLI start and every ingest worker would otherwise pay. A source checkout (no build) keeps the same JSON
 * in a cache keyed by the file's content (parseYamlCached).
 */
export function readYamlData(file: string | URL): unknown {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  const compiled = `${path}.json`;
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, 'utf8')) as unknown;
  return parseYamlCached(readFileSync(path, 'utf8'));
}

/** Where parsed YAML is kept: node_modules/.cache, the place tools keep derived files of a checkout. */
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/claimtrail-yaml/', import.meta.url));
let parserVersion: string | undefined;

/** The cache file of a YAML text: named by a hash of the parser's version and the text. */
export function yamlCacheFile(text: string): string {
  parserVersion ??= (createRequire(import.meta.url)('yaml/package.json') as { version: string }).version;
  return `${CACHE}${createHash('sha1').update(parserVersion).update('\0').update(text).digest('hex')}.json`;
}

/**
 * YAML text parsed, through a cache of its JSON keyed by a hash of the parser's version and the text: every process
 * of a source checkout (each test file, each CLI run, each worker thread) would otherwise parse ~0.4 MB of knowledge
 * YAML again (about 1 s of CPU). Text that does not parse is never cached, so its error is raised each time; a cache
 * that cannot be written (read-only install) is skipped.
 */
export function parseYamlCached(text: string): unknown {
  const file = yamlCacheFile(text);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    // not cached yet, or a partial file from a crashed writer: parse again below
  }
  const value = parse(text) as unknown;
  writeCacheFile(file, JSON.stringify(value));
  return value;
}

/**
 * Writes a derived file of a cache under node_modules/.cache: under a name of its own, then renamed, so a reader never
 * sees half a file while another process writes. Returns false where it cannot be written (a read-only install): a
 * cache is skipped then, never an error.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(part, data);
    renameSync(part, file);
    return true;
  } catch {
    return false;
  }
}

/** readYamlData for a stage's own data file: a file that cannot be read or parsed is KNOWLEDGE_INVALID naming it. */
export function readKnowledgeFile(file: URL): unknown {
  try {
    return readYamlData(fileURLToPath(file));
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail: (error as Error).message }, { cause: error });
  }
}
