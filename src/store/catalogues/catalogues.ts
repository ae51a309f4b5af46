// Narrative catalogues kept in the store, by name. A catalogue is validated with the others and the built-in one
// (ids unique across all, entity ids and predicates known) before it is stored; the narratives stage reads them as
// files written once per set of catalogues (so its knowledge is built once per set).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ClaimtrailError, isClaimtrailError } from '../../core/errors.js';
import { catalogueFormat, type CatalogueFormat } from '../../knowledge/narratives/parse.js';
import { buildKnowledge, type NarrativesOptions } from '../../stages/narratives/index.js';
import type { SqlRunner, Store } from '../types.js';
import { CATALOGUES_VERSION } from './schema.js';

export interface StoredCatalogue {
  name: string;
  format: CatalogueFormat;
  /** SHA-256 of the content. */
  hash: string;
  /** 1 when first uploaded, +1 at each replacement with different content. */
  version: number;
  narratives: number;
  examples: number;
  uploadedAt: string;
}

export interface StoredCatalogueContent extends StoredCatalogue {
  content: string;
}

/** A name fit for a URL path and a file name. */
export const CATALOGUE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const MAX_CATALOGUE_BYTES = 8 * 1024 * 1024;

interface Row {
  name: string;
  format: string;
  hash: string;
  version: number;
  narratives: number;
  examples: number;
  uploaded_at: string;
  content?: string;
}

const COLUMNS = 'name, format, hash, version, narratives, examples, uploaded_at';

export function hasCatalogues(store: Store): boolean {
  return store.version >= CATALOGUES_VERSION;
}

export async function listCatalogues(store: Store): Promise<StoredCatalogue[]> {
  if (!hasCatalogues(store)) return [];
  return (await store.all<Row>(`SELECT ${COLUMNS} FROM catalogues ORDER BY name`)).map(fromRow);
}

export async function getCatalogue(store: Store, name: string): Promise<StoredCatalogueContent | null> {
  if (!hasCatalogues(store)) return null;
  const row = await store.get<Row & { content: string }>(`SELECT ${COLUMNS}, content FROM catalogues WHERE name = ?`, [name]);
  return row ? { ...fromRow(row), content: row.content } : null;
}

export function checkName(name: string): void {
  if (!CATALOGUE_NAME.test(name)) throw new ClaimtrailError('CLI_USAGE', { detail: `"${name}" is not a catalogue name: use 1 to 64 letters, digits, and . _ - (not first).` });
}

/**
 * Validates `content` with the store's other catalogues and the built-in one, and stores it under `name`.
 * `changed` is false when the stored catalogue already has this content (nothing to re-score).
 */
export async function putCatalogue(store: Store, name: string, content: string, formatHint = '', label?: string): Promise<{ catalogue: StoredCatalogue; changed: boolean; created: boolean }> {
  checkName(name);
  if (Buffer.byteLength(content) > MAX_CATALOGUE_BYTES) throw new ClaimtrailError('CATALOGUE_INVALID', { input: name, detail: `it is larger than ${MAX_CATALOGUE_BYTES / 1024 / 1024} MB` });
  const format = catalogueFormat(formatHint, content);
  const hash = sha256(content);
  const before = await getCatalogue(store, name);
  if (before && before.hash === hash) return { catalogue: before, changed: false, created: false };
  const others = (await allContents(store)).filter((c) => c.name !== name);
  const counts = validateCatalogues([...others, { name, format, content }], name, label);
  const catalogue: StoredCatalogue = { name, format, hash, version: (before?.version ?? 0) + 1, ...counts, uploadedAt: new Date().toISOString() };
  await store.transaction(async (tx) => {
    await tx.run(
      `INSERT INTO catalogues (name, format, content, hash, version, narratives, examples, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET format = excluded.format, content = excluded.content, hash = excluded.hash, version = excluded.version,
         narratives = excluded.narratives, examples = excluded.examples, uploaded_at = excluded.uploaded_at`,
      [name, format, content, hash, catalogue.version, catalogue.narratives, catalogue.examples, catalogue.uploadedAt],
    );
  });
  return { catalogue, changed: true, created: !before };
}

export async function deleteCatalogue(store: Store, name: string): Promise<boolean> {
  if (!hasCatalogues(store)) return false;
  return (await store.run('DELETE FROM catalogues WHERE name = ?', [name])).changes > 0;
}

/** A key of the store's catalogues as they are now (names and hashes): a re-scoring job scores for one state. */
export async function catalogueState(db: SqlRunner): Promise<string> {
  const rows = await db.all<{ name: string; hash: string }>('SELECT name, hash FROM catalogues ORDER BY name');
  return sha256(rows.map((r) => `${r.name}\u0000${r.hash}`).join('\n'));
}

/** The store's catalogues as files for the narratives stage (`narratives: { files }`), added to the built-in one. */
export async function catalogueFiles(store: Store): Promise<string[]> {
  return writeFiles(await allContents(store)).files;
}

/**
 * The narratives options for analysing into this store: what was given (the built-in catalogue unless
 * `builtIn: false`, and --narratives files) plus the store's catalogues. Undefined when there is nothing to add.
 */
export async function withStoreCatalogues(store: Store, given?: NarrativesOptions): Promise<NarrativesOptions | undefined> {
  const files = await catalogueFiles(store);
  if (!files.length) return given;
  return { ...given, files: [...(given?.files ?? []), ...files] };
}

interface Entry {
  name: string;
  format: CatalogueFormat;
  content: string;
}

async function allContents(store: Store): Promise<Entry[]> {
  if (!hasCatalogues(store)) return [];
  const rows = await store.all<{ name: string; format: string; content: string }>('SELECT name, format, content FROM catalogues ORDER BY name');
  return rows.map((r) => ({ name: r.name, format: r.format as CatalogueFormat, content: r.content }));
}

/** Builds the stage's knowledge from these catalogues and the built-in one; errors name the catalogue, not a file. */
function validateCatalogues(entries: Entry[], checked: string, label?: string): { narratives: number; examples: number } {
  const { dir, files } = writeFiles(entries);
  try {
    const knowledge = buildKnowledge({ files, builtIn: true });
    const mine = knowledge.catalogue.narratives.filter((n) => n.origin.file === files[entries.findIndex((e) => e.name === checked)]);
    return { narratives: mine.length, examples: mine.reduce((sum, n) => sum + n.examples.length, 0) };
  } catch (error) {
    if (!isClaimtrailError(error) || error.code !== 'CATALOGUE_INVALID') throw error;
    const checkedFile = files[entries.findIndex((e) => e.name === checked)];
    const strip = (s: string | undefined) => (s ?? '').split(checkedFile).join(label ?? basename(checkedFile)).split(`${dir}/`).join('');
    throw new ClaimtrailError('CATALOGUE_INVALID', { input: strip(error.params.input), detail: strip(error.params.detail) });
  }
}

// A private folder of this process (mkdtemp: mode 0700, a name no one can take first), removed at exit.
let base: string | null = null;
function baseDir(): string {
  if (base) return base;
  const made = mkdtempSync(join(tmpdir(), 'claimtrail-catalogues-'));
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  return (base = made);
}

// One folder per set of catalogues, its files written once: the stage caches its knowledge by path and time.
function writeFiles(entries: Entry[]): { dir: string; files: string[] } {
  const dir = join(baseDir(), `set-${sha256(entries.map((e) => `${e.name}\u0000${e.format}\u0000${sha256(e.content)}`).join('\n')).slice(0, 24)}`);
  mkdirSync(dir, { recursive: true });
  const files = entries.map((e) => {
    const path = join(dir, `${e.name}.${e.format}`);
    if (!existsSync(path)) {
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, e.content);
      renameSync(partial, path);
    }
    return path;
  });
  return { dir, files };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function fromRow(r: Row): StoredCatalogue {
  return { name: r.name, format: r.format as CatalogueFormat, hash: r.hash, version: r.version, narratives: r.narratives, examples: r.examples, uploadedAt: r.uploaded_at };
}
