import { existsSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { ClaimtrailError } from '../../core/errors.js';
import { readYamlData } from '../yaml.js';
import type { Gazetteer, GazetteerEntry } from './types.js';
import { checkEntries, readEntries } from './validate.js';

const DATA = new URL('./data/', import.meta.url);

let builtIn: GazetteerEntry[] | null = null;

/**
 * The gazetteer: the built-in files (data/*.yml, read once per process) plus an optional extra YAML/JSON file.
 * Throws KNOWLEDGE_INVALID listing every problem found.
 */
export function loadGazetteer(extraFile?: string): Gazetteer {
  builtIn ??= readFiles(readdirSync(DATA).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => new URL(f, DATA).pathname));
  const entries = extraFile ? readFiles([extraFile], builtIn) : builtIn;
  return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
}

/** Parses and validates entries from YAML/JSON strings (used by the loader and by tests), or from already parsed data. */
export function gazetteerFromSources(sources: ({ name: string; text: string } | { name: string; data: unknown })[], base: GazetteerEntry[] = []): GazetteerEntry[] {
  const problems: string[] = [];
  const entries = [...base];
  for (const source of sources) {
    let raw: unknown;
    try {
      raw = 'data' in source ? source.data : parse(source.text);
    } catch (error) {
      problems.push(`${source.name}: ${(error as Error).message}`);
      continue;
    }
    entries.push(...readEntries(raw, source.name, problems));
  }
  checkEntries(entries, problems);
  if (problems.length) {
    const input = sources.map((s) => s.name).join(', ');
    const shown = problems.slice(0, 20).join('; ') + (problems.length > 20 ? `; and ${problems.length - 20} more` : '');
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input, detail: shown });
  }
  return entries;
}

function readFiles(paths: string[], base: GazetteerEntry[] = []): GazetteerEntry[] {
  const sources = paths.map((path) => {
    if (!existsSync(path)) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path });
    try {
      return { name: path, data: readYamlData(path) };
    } catch (error) {
      throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: path, detail: (error as Error).message }, { cause: error });
    }
  });
  return gazetteerFromSources(sources, base);
}
