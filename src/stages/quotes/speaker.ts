import type { Entity, Mention, Span, Speaker } from '../../core/types.js';
import { isCapitalised, tokenize } from './tokens.js';

/** One mention with its entity, for lookups by position. */
export interface MentionRef {
  mention: Mention;
  entity: Entity;
}

/** All mentions sorted by start. */
export function indexMentions(entities: Entity[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const entity of entities) for (const mention of entity.mentions) out.push({ mention, entity });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** Mentions overlapping `span` (linear scan bounded by the sorted starts). */
export function mentionsIn(index: MentionRef[], span: Span): MentionRef[] {
  const out: MentionRef[] = [];
  for (const ref of index) {
    if (ref.mention.start >= span.end) break;
    if (ref.mention.end > span.start) out.push(ref);
  }
  return out;
}

/**
 * The speaker of a source phrase: the entity whose mention covers the phrase's head (the last capitalised word that is
 * not a possessive — "Kabulov" in "The Russian … Envoy to Afghanistan, Zamir Kabulov,", "Trump" is not the head of
 * "Trump's campaign manager"), else any mention inside the phrase; else the phrase itself with no entity.
 */
export function resolveSpeaker(text: string, source: Span, index: MentionRef[]): Speaker {
  const span = trimSource(text, source);
  const tokens = tokenize(text, span.start, span.end).filter((t) => t.word);
  const capitalised = tokens.filter((t) => isCapitalised(t) && !/['’]s$/.test(t.text));
  const head = capitalised[capitalised.length - 1] ?? tokens[tokens.length - 1];
  const inside = mentionsIn(index, span);
  const atHead = head ? inside.filter((r) => r.mention.start < head.end && r.mention.end > head.start) : [];
  const best = atHead.find((r) => r.entity.type === 'person') ?? atHead[0] ?? (inside.length === 1 ? inside[0] : inside.find((r) => r.entity.type === 'person'));
  if (best) return { entityId: best.entity.id, name: best.entity.canonical, span };
  return { entityId: null, name: text.slice(span.start, span.end), span };
}

/** The source without a trailing comma (kept in the PolNeAR-style span for the evaluation, not in the speaker). */
export function trimSource(text: string, source: Span): Span {
  let end = source.end;
  while (end > source.start && /[\s,]/.test(text[end - 1])) end--;
  return { start: source.start, end };
}
