import type { Entity, Mention } from '../../core/types.js';
import type { Work } from './work.js';

/** Mentions that name the entity (pronouns and "the envoy" do not) give its aliases. */
const NAMING = new Set(['name', 'alias', 'surname', 'adjective']);

/** Drafts → entities numbered e1, e2 … in order of first mention; mentions sorted, duplicates dropped. */
export function assemble(work: Work): Entity[] {
  const drafts = [...work.drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const byCluster = new Map<string, Mention[]>();
  const seen = new Set<string>();
  for (const d of drafts) {
    const id = `${d.cluster}\u0000${d.start}\u0000${d.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = byCluster.get(d.cluster) ?? [];
    list.push({ start: d.start, end: d.end, text: d.text, kind: d.kind });
    byCluster.set(d.cluster, list);
  }
  const entities: Entity[] = [];
  for (const [key, mentions] of byCluster) {
    const cluster = work.clusters.get(key)!;
    const aliases = [...new Set(mentions.filter((m) => NAMING.has(m.kind)).map((m) => m.text))];
    if (!aliases.length) continue; // only pronouns or titles left: nothing names it
    entities.push({
      id: `e${entities.length + 1}`,
      canonical: cluster.entry ? cluster.entry.canonical : longest(aliases),
      type: cluster.type,
      gazetteerId: cluster.entry?.id ?? null,
      aliases,
      mentions,
      role: cluster.role,
      parent: cluster.entry?.parent ?? null,
    });
  }
  return entities;
}

function longest(names: string[]): string {
  return names.reduce((best, n) => (n.length > best.length ? n : best), names[0]);
}
