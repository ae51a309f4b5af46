// The entities every statement of an example-only narrative names (its examples, title and description) other
// than its topics, at their most general level: for "the US/West created ISIS" the West and terrorism (the US and
// ISIS stand under them), for "sanctions hurt Europe" Europe. A sentence that shares a narrative's words but not
// these is other news on the same topic (an ISIS attack in Nigeria, weapons taken from a base): it must name each
// of them, or one that stands under it, itself, in the sentence before or in the headline. Topic concepts (MH17,
// biolabs, a coup; concepts.yml) are not required: a claim told in other words may not name its topic outright.
import type { Concepts } from './concepts.js';
import type { Features } from './features.js';
import type { Pattern } from './patterns.js';
import type { SimilarityIndex } from './similar.js';

/**
 * A sentence this close to an example (the stage's similarity, similar.ts) says the claim itself, its actors implied
 * by the words it shares ("die Einheitsmeinung der Leitmedien", the Western mainstream media, 0.96; "the punitive
 * measures against Moscow", the West's sanctions): it needs no core entity named. Topic news sharing a few words
 * stays far below (0.45–0.6 on eval/narratives' hard negatives); chosen on blind4–6, catb and catc, where it adds two
 * matches and no false one, and it added none over 150 long PTC articles read with the three catalogues.
 */
export const CORE_WAIVED_AT = 0.7;

/** Narrative index → the general entity concepts (c:…, topics aside) all of its indexed statements share. */
export function coreActors(patterns: Pattern[], index: SimilarityIndex, topics: ReadonlySet<string>, concepts: Concepts): Map<number, Set<string>> {
  const shared = new Map<number, Set<string>>();
  index.keys.forEach((keys, p) => {
    if (!keys) return;
    const n = patterns[p].narrative;
    const mine = [...keys].filter((k) => k.startsWith('c:') && !topics.has(k.slice(2)));
    const before = shared.get(n);
    shared.set(n, new Set(before ? mine.filter((k) => before.has(k)) : mine));
  });
  // Only the most general: one that another shared actor holds is implied by it ("united-states" by "west").
  const out = new Map<number, Set<string>>();
  for (const [n, set] of shared) {
    const ids = [...set].map((k) => k.slice(2));
    out.set(n, new Set(ids.filter((a) => !ids.some((b) => b !== a && concepts.of(a).includes(b))).map((a) => `c:${a}`)));
  }
  return out;
}

/** Whether a unit's similarity terms (or the actors named around it) name every core actor of a narrative. */
export function namesCore(terms: ReadonlySet<string>, core: ReadonlySet<string> | undefined, context?: ReadonlySet<string>): boolean {
  if (!core) return true;
  for (const k of core) if (!terms.has(k) && !context?.has(k)) return false;
  return true;
}

/** Whether some units' features name any actor (actorsNamed(units).size > 0, without gathering them). */
export function namesAnyActor(units: (Features | undefined)[]): boolean {
  for (const u of units) {
    if (!u) continue;
    for (const c of u.concepts) if (c.startsWith('c:')) return true;
    for (const word of u.keyWords ?? []) for (const k of word) if (k.startsWith('c:')) return true;
  }
  return false;
}

/** The entity concepts (c:…) of some units' features. */
export function actorsNamed(units: (Features | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) {
    if (!u) continue;
    for (const c of u.concepts) if (c.startsWith('c:')) out.add(c);
    for (const word of u.keyWords ?? []) for (const k of word) if (k.startsWith('c:')) out.add(k);
  }
  return out;
}
