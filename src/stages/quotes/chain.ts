import type { Entity, Quote } from '../../core/types.js';
import { SUBJECT_PRONOUNS } from './words-intl.js';

/**
 * Pronoun chains in Russian, German, French and Arabic: a quote whose source is a subject pronoun the entities stage
 * did not resolve ("Он добавил", "Er fügte hinzu", "Il a ajouté", "— подчеркнул он"), or that has a cue and no source
 * at all (Arabic drops the pronoun: "وأضاف أن …"), is the last named person speaker's. Quotes are in text order.
 */
export function chainPronouns(text: string, quotes: Quote[], entities: Entity[]): void {
  const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  let last: { entityId: string; name: string } | null = null;
  for (const q of quotes) {
    const s = q.speaker;
    if (s?.entityId && people.has(s.entityId)) {
      last = { entityId: s.entityId, name: s.name };
      continue;
    }
    if (!last) continue;
    const word = s?.span ? text.slice(s.span.start, s.span.end).toLowerCase() : null;
    const pronoun = s && !s.entityId && word !== null && SUBJECT_PRONOUNS.has(word);
    if (pronoun) q.speaker = { entityId: last.entityId, name: last.name, span: s.span };
    else if (!s && q.cue) q.speaker = { entityId: last.entityId, name: last.name, span: null };
  }
}
