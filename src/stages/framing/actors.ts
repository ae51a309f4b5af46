// Which entities are framed: the main actors (people, organisations, groups, states), never by their own quotes.
import type { Doc, Entity, EntityType, Span } from '../../core/types.js';
import type { GazetteerEntry } from '../../knowledge/gazetteer/index.js';

const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['person', 'organization', 'group', 'place']);

const inside = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/**
 * Main actors: entities of an actor type mentioned at least twice or in the headline. A place counts only as a
 * state (a gazetteer place that lies within no other, or one the gazetteer does not know): a province is a setting.
 */
export function mainActors(doc: Doc, gazetteer: ReadonlyMap<string, GazetteerEntry>): Entity[] {
  const title = (doc.layers.paragraphs ?? []).find((p) => p.kind === 'title') ?? null;
  return (doc.layers.entities ?? []).filter((e) => {
    if (!ACTOR_TYPES.has(e.type)) return false;
    if (e.type === 'place' && e.gazetteerId && gazetteer.get(e.gazetteerId)?.within) return false;
    return e.mentions.length >= 2 || (title !== null && e.mentions.some((m) => inside(m, title)));
  });
}

/**
 * Speakers of quotes and the contents they speak. A source is not framed by its own words (what a speaker says of
 * itself is self-presentation, and its speech cue is no role); only what the article says of it elsewhere counts.
 */
export function ownQuotes(doc: Doc): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const q of doc.layers.quotes ?? []) {
    if (!q.speaker?.entityId) continue;
    const list = out.get(q.speaker.entityId) ?? [];
    list.push(q.content);
    out.set(q.speaker.entityId, list);
  }
  return out;
}

/** True when `at` lies inside one of `spans`. */
export function within(at: Span, spans: readonly Span[] | undefined): boolean {
  return !!spans?.some((s) => inside(at, s));
}
