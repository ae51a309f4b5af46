import type { Span, Venue } from '../../core/types.js';
import { mentionsIn, type MentionRef } from './speaker.js';

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|television|TV|radio|channel|newspaper|network|news agency|of|de))*`;
const OCCASIONS = 'interview|conversation|speech|address|statement|press conference|news conference|briefing|op-ed|article|letter|post|tweet|video|podcast|appearance|broadcast|talk show|column';
const GATHERINGS = 'press conference|news conference|rally|briefing|summit|forum|town hall|meeting|event|hearing|conference|debate';
const MEDIA = 'Twitter|X|Facebook|Telegram|Instagram|YouTube|TikTok|Truth Social|VKontakte|Weibo|Fox News|CNN|MSNBC|NBC|CBS|ABC|BBC|RT|television|TV|radio';

// Each pattern's group 1 is the venue as written.
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])(?:during|in|on)\s+((?:an?|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:${OCCASIONS})(?:\s+(?:with|on|to|at|in|for|before)\s+${NAME})?)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])at\s+((?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${GATHERINGS})(?:\s+(?:in|at|of|on)\s+${NAME})?)`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])(?:on|via)\s+((?:${MEDIA})(?![\p{L}]))`, 'gu'),
];

// A pattern can only match where one of its keywords is written: a plain search for them skips most sentences (each
// sentence is searched for its quotes and again for the article rule, and the full patterns cost a scan with
// look-behinds at every position).
const KEYWORDS: RegExp[] = [new RegExp(OCCASIONS), new RegExp(GATHERINGS), new RegExp(String.raw`(?:on|via)\s+(?:${MEDIA})`)];

/** Venues written in `span` (a sentence), outside `exclude` (the quote's own content). */
export function findVenues(text: string, span: Span, exclude: Span | null, index: MentionRef[]): Venue[] {
  const out: Venue[] = [];
  const slice = text.slice(span.start, span.end);
  for (let k = 0; k < PATTERNS.length; k++) {
    if (!KEYWORDS[k].test(slice)) continue;
    const re = PATTERNS[k];
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const start = span.start + m.index + m[0].length - m[1].length;
      // A name may hold dots ("U.S."), but the full stop that ends the sentence is not part of it ("… Radio Axa.").
      const end = start + m[1].length - (/[\p{Ll}\p{N}]{2}\.$/u.test(m[1]) ? 1 : 0);
      if (exclude && start < exclude.end && end > exclude.start) continue;
      out.push(venueAt(text, { start, end }, index));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A venue for a span the text names as the medium ("told RTVI"); entity from the mentions inside it. */
export function venueAt(text: string, span: Span, index: MentionRef[]): Venue {
  const inside = mentionsIn(index, span);
  const entity = inside.find((r) => r.entity.type === 'media') ?? inside.find((r) => r.entity.type === 'organization') ?? inside[0];
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end), entityId: entity ? entity.entity.id : null };
}
