// The compiled catalogue kept on disk between processes. Compiling the built-in catalogue reads every example (about
// 2.5–3.5 s of CPU) and every CLI run, ingest worker thread and test process did it again; read back with
// node:v8's deserialize it takes about 30 ms. The cache is keyed by the catalogue (its narratives as loaded) and by
// the code and data that compile it: a change to any file of the code tree (src/ or dist/: stages, lexicons,
// gazetteer, models) or to the language detector's version makes a new key, so a stale compile is never read.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Narrative } from '../../knowledge/narratives/index.js';
import type { CompiledCatalogue } from './patterns.js';

/** Where compiled catalogues are kept: node_modules/.cache, beside the parsed YAML (src/knowledge/yaml.ts). */
const CACHE = fileURLToPath(new URL('../../../node_modules/.cache/claimtrail-compiled/', import.meta.url));
/** The code tree that compiles a catalogue: src/ in a checkout, dist/ in the published package. */
const CODE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let codeVersion: string | undefined;

/**
 * A hash of every file of the code tree (path, size and modification time; test files left out) and of the language
 * detector's version: what a compiled catalogue depends on besides the catalogue itself. Stat calls only (~10 ms).
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

type Stored = Omit<CompiledCatalogue, 'narratives'>;

/**
 * The compiled catalogue of `narratives`: read from the cache where this code compiled the same catalogue before,
 * else compiled by `compile` and stored. The narratives themselves are the caller's objects (other stages and
 * caches know them by identity); only what was compiled from them is stored. A cache that cannot be read or
 * written (a read-only install, a half-written file) is compiled around, never an error.
 */
export function cachedCompile(narratives: Narrative[], compile: () => CompiledCatalogue): CompiledCatalogue {
  if (!enabled()) return compile();
  let file: string;
  try {
    file = `${CACHE}${createHash('sha256').update(versionOfCode()).update('\0').update(JSON.stringify(narratives)).digest('hex')}.bin`;
  } catch {
    return compile();
  }
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    if (Array.isArray(stored.patterns) && stored.byFrame instanceof Map) return { ...stored, narratives };
  } catch {
    // not cached yet, or unreadable: compile below
  }
  const compiled = compile();
  try {
    const { narratives: _own, ...rest } = compiled;
    mkdirSync(CACHE, { recursive: true });
    // Written under a name of its own and renamed, so a reader never sees half a file while another process writes.
    const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(part, serialize(rest));
    renameSync(part, file);
  } catch {
    // no cache where it cannot be written
  }
  return compiled;
}
