import type { Entity, Quote } from '../../core/types.js';
import { isRolePhrase } from './roles.js';
import { SUBJECT_PRONOUNS } from './words-intl.js';

/**
 * Pronoun and role chains. In Russian, German, French and Arabic, a quote whose source is a subject pronoun the
 * entities stage did not resolve ("Он добавил", "Er fügte hinzu", "Il a ajouté", "— подчеркнул он"), or that has a cue
 * and no source at all (Arabic drops the pronoun: "وأضاف أن …"), is the last named person speaker's. In every
 * language, a source that is only a role noun with no entity ("по словам дипломата", "selon la diplomate", "according
 * to the envoy") is too: the writer names a person once and then refers to them by role. Quotes are in text order.
 */
export function chainPronouns(text: string, quotes: Quote[], entities: Entity[], lang: string | null, pronouns: boolean): void {
  const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  let last: { entityId: string; name: string } | null = null;
  for (const q of quotes) {
    const s = q.speaker;
    if (s?.entityId && people.has(s.entityId)) {
      last = { entityId: s.entityId, name: s.name };
      continue;
    }
    if (!last) continue;
    const phrase = s?.span ? text.slice(s.span.start, s.span.end).replace(/[\s,]+$/, '') : null;
    const unnamed = s !== null && !s.entityId && phrase !== null;
    if (unnamed && ((pronouns && SUBJECT_PRONOUNS.has(phrase.toLowerCase())) || isRolePhrase(phrase, lang))) q.speaker = { entityId: last.entityId, name: last.name, span: s.span };
    else if (pronouns && !s && q.cue) q.speaker = { entityId: last.entityId, name: last.name, span: null };
  }
}
