// Loads narrative catalogues: the built-in starter catalogue (data/catalogue.json, built by scripts/build-narratives.ts)
// and the user's files, validated together (ids unique across them, parents present, no parent cycles).
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import { csvDetail } from './csv.js';
import { catalogueFormat, parseCatalogueText } from './parse.js';
import type { Catalogue, Narrative } from './types.js';
import { readNarratives, type Problem, type Vocabulary } from './validate.js';

export const BUILT_IN = '<built-in>';
export const BUILT_IN_FILE = new URL('./data/catalogue.json', import.meta.url);

export interface CatalogueOptions {
  /** User catalogue files (YAML, JSON or CSV), read in order. */
  files?: string[];
  /** Include the built-in starter catalogue (default true). */
  builtIn?: boolean;
  /** Checks entity ids and predicate classes, so a typo is reported with its line. */
  vocabulary?: Vocabulary;
}

let builtInCache: Narrative[] | null = null;

export function loadCatalogue(options: CatalogueOptions = {}): Catalogue {
  const sources = (options.files ?? []).map((path) => ({ name: path, text: readCatalogueFile(path) }));
  const base = options.builtIn === false ? [] : builtInNarratives();
  return catalogueFromSources(sources, { base, vocabulary: options.vocabulary, baseName: options.builtIn === false ? null : BUILT_IN });
}

export function builtInNarratives(): Narrative[] {
  if (builtInCache) return builtInCache;
  const text = readFileSync(BUILT_IN_FILE, 'utf8');
  builtInCache = parseStrict([{ name: BUILT_IN_FILE.pathname, text }], []);
  return builtInCache;
}

/** Parses and validates catalogues given as text (the loader and the tests use it). Throws CATALOGUE_INVALID. */
export function catalogueFromSources(
  sources: { name: string; text: string }[],
  options: { base?: Narrative[]; vocabulary?: Vocabulary; baseName?: string | null } = {},
): Catalogue {
  const base = options.base ?? [];
  const narratives = [...base, ...parseStrict(sources, base, options.vocabulary)];
  checkParents(narratives, base.length);
  const files = [...(base.length && options.baseName ? [options.baseName] : []), ...sources.map((s) => s.name)];
  return { narratives, files };
}

// The texts read, by name: a JSON file is read without lines, and a later problem (an unknown parent) looks its line up here.
const texts = new Map<string, string>();

/** The line of a narrative in its file (JSON is read without lines; this reads them when an error needs one). */
export function lineOf(n: Narrative): number {
  if (n.origin.line > 0) return n.origin.line;
  const text = texts.get(n.origin.file);
  if (text === undefined) return 0;
  const parsed = parseCatalogueText(text, n.origin.file, true);
  if (!parsed.ok) return parsed.line;
  const found = readNarratives(parsed.root, n.origin.file, []).find((x) => x.id === n.id);
  return found?.origin.line ?? 0;
}

function parseStrict(sources: { name: string; text: string }[], base: Narrative[], vocabulary?: Vocabulary): Narrative[] {
  const out: Narrative[] = [];
  const known = new Map(base.map((n) => [n.id, n]));
  for (const { name, text } of sources) {
    texts.set(name, text);
    const check = (withLines: boolean): { narratives: Narrative[]; problems: Problem[] } => {
      const problems: Problem[] = [];
      const parsed = parseCatalogueText(text, name, withLines);
      if (!parsed.ok) throw invalid(name, [{ line: parsed.line, detail: parsed.detail }]);
      problems.push(...(parsed.problems ?? []));
      const narratives = readNarratives(parsed.root, name, problems, vocabulary);
      const ids = new Set<string>();
      for (const n of narratives) {
        const before = known.get(n.id);
        if (before && !ids.has(n.id)) problems.push({ line: n.origin.line, detail: `narrative "${n.id}", field "id": duplicate id (already in ${where(before)})` });
        ids.add(n.id);
      }
      return { narratives, problems };
    };
    let { narratives, problems } = check(false);
    // JSON was read without lines: read it again, with them, to say where the problems are.
    if (problems.length && problems.some((p) => p.line === 0)) ({ narratives, problems } = check(true));
    if (problems.length) throw invalid(name, catalogueFormat(name, text) === 'csv' ? problems.map((p) => ({ ...p, detail: csvDetail(p.detail) })) : problems);
    for (const n of narratives) known.set(n.id, n);
    out.push(...narratives.filter((n) => known.get(n.id) === n));
  }
  return out;
}

/** Every parent must exist in the merged catalogue, and following parents must end. Reported on the user's files. */
function checkParents(narratives: Narrative[], firstUser: number): void {
  const byId = new Map(narratives.map((n) => [n.id, n]));
  narratives.forEach((n, index) => {
    if (!n.parent) return;
    const fail = (detail: string) => {
      throw invalid(n.origin.file, [{ line: lineOf(n), detail: `narrative "${n.id}", field "parent": ${detail}` }]);
    };
    if (!byId.has(n.parent)) fail(`no narrative has id "${n.parent}"${index < firstUser ? ' (built-in catalogue)' : ''}`);
    const seen = new Set([n.id]);
    for (let p = byId.get(n.parent); p?.parent; p = byId.get(p.parent)) {
      if (seen.has(p.id)) fail(`parents form a cycle (${[...seen, p.id].join(' → ')})`);
      seen.add(p.id);
    }
  });
}

function where(n: Narrative): string {
  return n.origin.file === BUILT_IN_FILE.pathname ? 'the built-in catalogue (use --narratives-only to replace it)' : `${n.origin.file}, line ${lineOf(n)}`;
}

function invalid(name: string, problems: Problem[]): ClaimtrailError {
  const shown = problems.slice(0, 10).map((p) => `line ${p.line}, ${p.detail}`);
  const more = problems.length > 10 ? `; and ${problems.length - 10} more` : '';
  return new ClaimtrailError('CATALOGUE_INVALID', { input: name, detail: shown.join('; ') + more });
}

function readCatalogueFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path }, { cause: error });
  }
}
