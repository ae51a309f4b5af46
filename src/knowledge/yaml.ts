import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ClaimtrailError } from '../core/errors.js';

/**
 * Reads a knowledge file written in YAML. The build (scripts/copy-data.mjs) writes a parsed `<file>.json` beside each
 * YAML file it copies into dist/, and that is read instead: parsing the YAML gazetteer takes ~0.4 s, its JSON ~10 ms,
 * which every CLI start and every ingest worker would otherwise pay.
 */
export function readYamlData(path: string): unknown {
  const compiled = `${path}.json`;
  if (existsSync(compiled)) return JSON.parse(readFileSync(compiled, 'utf8')) as unknown;
  return parse(readFileSync(path, 'utf8')) as unknown;
}

/** readYamlData for a stage's own data file: a file that cannot be read or parsed is KNOWLEDGE_INVALID naming it. */
export function readKnowledgeFile(file: URL): unknown {
  try {
    return readYamlData(fileURLToPath(file));
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail: (error as Error).message }, { cause: error });
  }
}
