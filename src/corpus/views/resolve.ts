// A name as the user types it ("Zamir Kabulov", "Замир Кабулов", "ضمير كابولوف") → the stored entities it names:
// by the gazetteer (every alias of an entry, in every language), by the aliases seen in the corpus, and by name.
import { loadGazetteer, nameKey } from '../../knowledge/gazetteer/index.js';
import type { SqlRunner } from '../../store/index.js';
import { marks } from './common.js';

let byAlias: Map<string, Set<string>> | null = null;

/** Gazetteer ids whose canonical name or any alias has this key (built once per process). */
function gazetteerIds(key: string): string[] {
  if (!byAlias) {
    byAlias = new Map();
    for (const e of loadGazetteer().entries) {
      for (const name of [e.canonical, ...Object.values(e.aliases).flat()]) {
        const k = nameKey(name);
        (byAlias.get(k) ?? byAlias.set(k, new Set()).get(k))?.add(e.id);
      }
    }
  }
  return [...(byAlias.get(key) ?? [])];
}

export interface ResolvedName {
  entities: { id: number; canonical: string; gazetteerId: string | null; type: string }[];
}

export async function resolveName(db: SqlRunner, name: string): Promise<ResolvedName> {
  const key = nameKey(name.trim());
  const keys = gazetteerIds(key).map((id) => `g:${id}`);
  const viaAliases = await db.all<{ entity: number }>('SELECT DISTINCT entity FROM entity_aliases WHERE alias_key = ?', [key]);
  const rows = await db.all<{ id: number; canonical: string; gazetteer_id: string | null; type: string }>(
    `SELECT id, canonical, gazetteer_id, type FROM entities WHERE key IN (${marks(keys.length + 1)}) OR id IN (${marks(viaAliases.length)}) ORDER BY id`,
    [...keys, `n:person:${key}`, ...(viaAliases.length ? viaAliases.map((r) => r.entity) : [-1])],
  );
  return { entities: rows.map((r) => ({ id: r.id, canonical: r.canonical, gazetteerId: r.gazetteer_id, type: r.type })) };
}
