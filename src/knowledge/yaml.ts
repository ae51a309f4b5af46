import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

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
