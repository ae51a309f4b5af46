import type { EntityType } from '../../core/types.js';
import { nameKey } from './normalize.js';
import type { GazetteerEntry, Gender } from './types.js';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'media', 'other'];
const FIELDS = new Set(['id', 'canonical', 'type', 'aliases', 'adjectives', 'surnames', 'parent', 'within', 'narrows', 'ambiguous', 'context', 'gender', 'roles', 'wikidata', 'source', 'note']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG = /^[a-z]{2}$/;

/** Raw YAML entries → typed entries; every problem is reported as "file: entry: what", none thrown here. */
export function readEntries(raw: unknown, file: string, problems: string[]): GazetteerEntry[] {
  if (!Array.isArray(raw)) {
    problems.push(`${file}: expected a list of entries`);
    return [];
  }
  const out: GazetteerEntry[] = [];
  raw.forEach((item: unknown, index) => {
    const where = `${file}: entry ${index + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return void problems.push(`${where}: not a mapping`);
    const e = item as Record<string, unknown>;
    const id = typeof e.id === 'string' ? e.id : '';
    const at = `${file}: "${id || index + 1}"`;
    const before = problems.length;
    for (const key of Object.keys(e)) if (!FIELDS.has(key)) problems.push(`${at}: unknown field "${key}"`);
    if (!ID.test(id)) problems.push(`${at}: id must be lower-case words joined by "-"`);
    if (typeof e.canonical !== 'string' || !e.canonical.trim()) problems.push(`${at}: canonical name missing`);
    if (!TYPES.includes(e.type as EntityType)) problems.push(`${at}: type must be one of ${TYPES.join(', ')}`);
    if (typeof e.source !== 'string' || !e.source.trim()) problems.push(`${at}: source missing`);
    if (e.wikidata !== undefined && !/^Q\d+$/.test(String(e.wikidata))) problems.push(`${at}: wikidata must look like Q123`);
    if (e.gender !== undefined && e.gender !== 'm' && e.gender !== 'f') problems.push(`${at}: gender must be m or f`);
    const aliases = byLanguage(e.aliases, `${at}: aliases`, problems);
    if (!Object.keys(aliases).length) problems.push(`${at}: needs aliases in at least one language`);
    const entry: GazetteerEntry = {
      id,
      canonical: String(e.canonical ?? ''),
      type: e.type as EntityType,
      aliases,
      adjectives: byLanguage(e.adjectives, `${at}: adjectives`, problems),
      surnames: e.surnames === undefined ? null : byLanguage(e.surnames, `${at}: surnames`, problems),
      parent: optionalId(e.parent, `${at}: parent`, problems),
      within: optionalId(e.within, `${at}: within`, problems),
      narrows: stringList(e.narrows, `${at}: narrows`, problems),
      ambiguous: stringList(e.ambiguous, `${at}: ambiguous`, problems),
      context: stringList(e.context, `${at}: context`, problems),
      gender: (e.gender as Gender | undefined) ?? null,
      roles: stringList(e.roles, `${at}: roles`, problems),
      wikidata: e.wikidata === undefined ? null : String(e.wikidata),
      source: String(e.source ?? ''),
      note: typeof e.note === 'string' ? e.note : null,
    };
    if (problems.length === before) out.push(entry);
  });
  return out;
}

/** Checks across all files: unique ids, references that exist, no alias claimed twice in one language unless marked ambiguous. */
export function checkEntries(entries: GazetteerEntry[], problems: string[]): void {
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`"${e.id}": id used twice`);
    ids.add(e.id);
  }
  const owners = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    for (const ref of [e.parent, e.within, ...e.narrows]) if (ref && !ids.has(ref)) problems.push(`"${e.id}": refers to unknown id "${ref}"`);
    if (e.parent === e.id) problems.push(`"${e.id}": is its own parent`);
    if (e.context.length && !e.ambiguous.length) problems.push(`"${e.id}": context only decides shared aliases; list them under ambiguous`);
    const ambiguous = new Set(e.ambiguous.map(nameKey));
    for (const [lang, names] of [...Object.entries(e.aliases), ...Object.entries(e.adjectives)]) {
      for (const name of new Set(names.map(nameKey))) {
        const key = `${lang}\u0000${name}`;
        const other = owners.get(key);
        if (other && other.id !== e.id && !(ambiguous.has(name) && other.ambiguous.map(nameKey).includes(name))) {
          problems.push(`"${e.id}": alias "${name}" (${lang}) is also claimed by "${other.id}"; mark it ambiguous in both or remove one`);
        }
        owners.set(key, e);
      }
    }
  }
}

function byLanguage(value: unknown, where: string, problems: string[]): Record<string, string[]> {
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push(`${where}: expected a mapping of language → list`);
    return {};
  }
  const out: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(value)) {
    if (!LANG.test(lang)) problems.push(`${where}: "${lang}" is not a two-letter language code`);
    out[lang] = stringList(list, `${where}.${lang}`, problems);
  }
  return out;
}

function stringList(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => (typeof v !== 'string' && typeof v !== 'number') || !String(v).trim())) {
    problems.push(`${where}: expected a list of non-empty strings`);
    return [];
  }
  return value.map(String);
}

function optionalId(value: unknown, where: string, problems: string[]): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !ID.test(value)) {
    problems.push(`${where}: expected an entry id`);
    return null;
  }
  return value;
}
