// The concepts of an id: itself, its gazetteer parents, and every actor class that holds it or them
// (isis-k → isis-k, isis, terrorism; washington-dc → washington-dc, united-states, west). Claim frames and
// narrative examples are compared on these, so "Washington funds Daesh" meets "the West sponsors ISIS".
import type { Gazetteer } from '../../knowledge/gazetteer/index.js';
import type { Lexicon } from './lexicon.js';

export interface Concepts {
  of(id: string): string[];
  /** Whether a and b name the same actor or one holds the other (isis and isis-k; united-states and washington-dc). */
  related(a: string, b: string): boolean;
  known(id: string): boolean;
}

export function createConcepts(gazetteer: Gazetteer, lexicon: Lexicon): Concepts {
  const classesOf = new Map<string, string[]>();
  for (const [cls, members] of lexicon.actors) for (const m of members) classesOf.set(m, [...(classesOf.get(m) ?? []), cls]);
  const memo = new Map<string, string[]>();
  const of = (id: string, seen: Set<string> = new Set()): string[] => {
    const hit = memo.get(id);
    if (hit) return hit;
    if (seen.has(id)) return [id];
    seen.add(id);
    const out = new Set([id]);
    const parent = gazetteer.byId.get(id)?.parent;
    if (parent) of(parent, seen).forEach((c) => out.add(c));
    for (const cls of classesOf.get(id) ?? []) of(cls, seen).forEach((c) => out.add(c));
    const list = [...out];
    memo.set(id, list);
    return list;
  };
  return {
    of: (id) => of(id),
    related: (a, b) => a === b || of(a).includes(b) || of(b).includes(a),
    known: (id) => gazetteer.byId.has(id) || lexicon.actors.has(id) || lexicon.concepts.has(id),
  };
}
