// The reviewed mapping from claimtrail's findings (PTC techniques, narrative stances) to DISARM techniques, read and
// checked once: data/disarm-mapping.yml (the reasoning) and data/disarm-techniques.json (ids and names from DISARM.json).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClaimtrailError } from '../core/errors.js';
import { readYamlData } from '../knowledge/yaml.js';
import { TECHNIQUES } from '../models/techniques/ptc.js';
import type { DisarmTechnique } from './disarm-source.js';

export type { DisarmTechnique } from './disarm-source.js';

export interface MappingEntry {
  id: string;
  disarm: string | null;
  fit: 'close' | 'broad' | null;
  source: string;
  note: string;
}

const MAPPING = fileURLToPath(new URL('./data/disarm-mapping.yml', import.meta.url));
const TECHNIQUES_FILE = fileURLToPath(new URL('./data/disarm-techniques.json', import.meta.url));

function invalid(input: string, detail: string): never {
  throw new ClaimtrailError('KNOWLEDGE_INVALID', { input, detail });
}

/** Reads and checks the mapping file: every PTC technique has exactly one entry, each with source and note. */
export function readMapping(): MappingEntry[] {
  const raw = readYamlData(MAPPING);
  if (!Array.isArray(raw)) invalid(MAPPING, 'expected a list of entries');
  const seen = new Set<string>();
  const entries = raw.map((e: unknown, i: number): MappingEntry => {
    const r = (e ?? {}) as Record<string, unknown>;
    const where = `entry ${i + 1} (${String(r.id)})`;
    if (typeof r.id !== 'string' || !r.id) invalid(MAPPING, `${where}: id missing`);
    if (seen.has(r.id)) invalid(MAPPING, `${where}: id appears twice`);
    seen.add(r.id);
    if (r.disarm !== null && (typeof r.disarm !== 'string' || !/^T\d{4}(\.\d{3})?$/.test(r.disarm))) invalid(MAPPING, `${where}: disarm must be a technique id like T0023 or null`);
    if (r.disarm && r.fit !== 'close' && r.fit !== 'broad') invalid(MAPPING, `${where}: fit must be close or broad`);
    if (typeof r.source !== 'string' || typeof r.note !== 'string') invalid(MAPPING, `${where}: source and note are required`);
    return { id: r.id, disarm: (r.disarm as string | null) ?? null, fit: r.disarm ? (r.fit as 'close' | 'broad') : null, source: r.source, note: r.note };
  });
  const absent = TECHNIQUES.filter((t) => !seen.has(t));
  if (absent.length) invalid(MAPPING, `no entry for the PTC techniques ${absent.join(', ')}`);
  return entries;
}

export interface DisarmIndex {
  /** The mapping entry for a PTC technique name or `narrative-stance:<stance>`, or null when the mapping has none. */
  entry(id: string): MappingEntry | null;
  /** The DISARM technique an entry maps to, or null. */
  technique(id: string): DisarmTechnique | null;
}

let cached: DisarmIndex | null = null;

/** The mapping with its DISARM records, loaded once per process. */
export function disarmIndex(): DisarmIndex {
  if (cached) return cached;
  const entries = new Map(readMapping().map((e) => [e.id, e]));
  const file = JSON.parse(readFileSync(TECHNIQUES_FILE, 'utf8')) as { techniques: DisarmTechnique[] };
  const techniques = new Map(file.techniques.map((t) => [t.id, t]));
  for (const e of entries.values()) {
    if (e.disarm && !techniques.has(e.disarm)) invalid(TECHNIQUES_FILE, `${e.disarm} (mapped from ${e.id}) is missing; run "npm run disarm"`);
  }
  cached = {
    entry: (id) => entries.get(id) ?? null,
    technique: (id) => {
      const d = entries.get(id)?.disarm;
      return d ? (techniques.get(d) ?? null) : null;
    },
  };
  return cached;
}
