// Compiled knowledge kept on disk between processes (the narratives catalogue, the EUvsDisinfo case list). Compiling the built-in catalogue reads every example (about
// 2.5–3.5 s of CPU) and every CLI run, ingest worker thread and test process did it again; read back with
// node:v8's deserialize it takes about 30 ms. The cache is keyed by the catalogue (what its narratives say) and by
// the code and data that compile it: a change to any file of the code tree (src/ or dist/: stages, lexicons,
// gazetteer, models) or to the language detector's version makes a new key, so a stale compile is never read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Narrative } from '../../knowledge/narratives/index.js';
import { writeCacheFile } from '../../knowledge/yaml.js';
import type { CompiledCatalogue } from './patterns.js';

/** Where compiled catalogues are kept: node_modules/.cache, beside the parsed YAML (src/knowledge/yaml.ts). */
const CACHE = fileURLToPath(new URL('../../../node_modules/.cache/claimtrail-compiled/', import.meta.url));
/** The code tree that compiles a catalogue: src/ in a checkout, dist/ in the published package. */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let codeVersion: string | undefined;

/**
 * A hash of every file of the code tree (path, size and modification time; test files left out) and of the language
 * detector's version: what a compiled catalogue depends on besides the catalogue itself. Stat calls only: the first
 * lookup of a process, hash and read together, took 15–28 ms on 2026-12-07 (571 files).
 */
function versionOfCode(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.test.ts')) {
        const st = statSync(path);
        hash.update(`${path.slice(CODE_ROOT.length)}\0${st.size}\0${st.mtimeMs}\n`);
      }
    }
  };
  walk(CODE_ROOT);
  try {
    hash.update((createRequire(import.meta.url)('tinyld/package.json') as { version: string }).version);
  } catch {
    // no detector version to add: the code tree still keys the cache
  }
  return (codeVersion = hash.digest('hex'));
}

/** Whether the cache is used: CLAIMTRAIL_COMPILED_CACHE=off compiles every time (for speed checks of the compile). */
function enabled(): boolean {
  return process.env.CLAIMTRAIL_COMPILED_CACHE !== 'off';
}

/**
 * `compute()`, read from the cache where this code computed it before for the same `key` (a string naming what it is
 * computed from), else computed and stored. A cache that cannot be read or written (a read-only install, a
 * half-written file) is computed around, never an error. The value must be plain data (objects, arrays, Maps, Sets,
 * typed arrays): node:v8 serializes it.
 */
export function diskCached<T>(key: string, compute: () => T, valid: (stored: T) => boolean): T {
  if (!enabled()) return compute();
  let file: string;
  try {
    file = `${CACHE}${createHash('sha256').update(versionOfCode()).update('\0').update(key).digest('hex')}.bin`;
  } catch {
    return compute();
  }
  try {
    const stored = deserialize(readFileSync(file)) as T;
    if (valid(stored)) {
      touch(file);
      return stored;
    }
  } catch {
    // not cached yet, or unreadable: compute below
  }
  const value = compute();
  if (writeCacheFile(file, serialize(value))) prune();
  return value;
}

/**
 * Entries kept: every edit of the code tree makes new keys, and tests compile small catalogues of their own, so the
 * entries least recently used beyond these are removed (a hit renews its entry's time).
 */
const KEPT = 200;

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // a read-only cache keeps its times
  }
}

function prune(): void {
  try {
    const entries = readdirSync(CACHE).filter((name) => name.endsWith('.bin'));
    if (entries.length <= KEPT) return;
    const dated = entries.map((name) => ({ name, at: statSync(join(CACHE, name)).mtimeMs })).sort((a, b) => b.at - a.at);
    for (const { name } of dated.slice(KEPT)) rmSync(join(CACHE, name), { force: true });
  } catch {
    // another process pruned the same entry first
  }
}

type Stored = Omit<CompiledCatalogue, 'narratives'>;

/**
 * The compiled catalogue of `narratives`, through diskCached. The narratives themselves are the caller's objects
 * (other stages and caches know them by identity); only what was compiled from them is stored.
 */
export function cachedCompile(narratives: Narrative[], compile: () => CompiledCatalogue): CompiledCatalogue {
  let compiled: CompiledCatalogue | null = null;
  // Keyed by what the narratives say, not where they were read from: a test's catalogue in a new temporary folder
  // each run is the same compile.
  const stored = diskCached<Stored>(
    `catalogue\0${JSON.stringify(narratives.map(({ origin: _where, ...said }) => said))}`,
    () => {
      compiled = compile();
      const { narratives: _own, ...rest } = compiled;
      return rest;
    },
    (s) => Array.isArray(s.patterns) && s.byFrame instanceof Map,
  );
  return compiled ?? { ...stored, narratives };
}
