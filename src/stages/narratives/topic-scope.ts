// Where a sentence may find the actors its narrative is about when it does not name them itself: the sentence before
// it, and the headline while the sentence is in the opening. A headline frames the few sentences under it ("US
// biolabs: … The Pentagon pays for them"); twenty paragraphs down a long real article, a sentence that shares a
// narrative's words ("an army trained and armed by the United States") is other news, whatever the headline named.
import type { Doc, Sentence, Span } from '../../core/types.js';
import { actorsNamed } from './core-entities.js';
import type { Features } from './features.js';

/** How many sentences after the headline it still names the actors of (sentence 0 is the headline). */
export const HEADLINE_REACH = 6;

/** The entity concepts named around sentence `i`: the headline's within its reach, and the sentence before's. */
export function actorContext(i: number, headline: ReadonlySet<string>, features: readonly (Features | undefined)[]): Set<string> {
  const out = new Set<string>(i <= HEADLINE_REACH ? headline : []);
  if (i > 1) for (const c of actorsNamed([features[i - 1]])) out.add(c);
  return out;
}

/**
 * The last sentence of the opening whose topic a sentence of `evidence` may take (topic-targets.ts targetsNamed). A
 * short article (a column, a letter: `short`) names its topic once, in the headline or the lead, and argues it to the
 * end, often without naming it again ("Comment appeler cela autrement qu'un coup d'État ?" under "Maïdan : …"): a
 * sentence of it that names no one of the gazetteer speaks of that topic. One that names its own actors ("videos of
 * Donald Trump insulting Islam") is about them, as in a long article.
 */
export function topicReach(doc: Doc, sentences: readonly Sentence[], evidence: Span, short: boolean): number {
  if (!short) return HEADLINE_REACH;
  const s = sentences.find((x) => x.start <= evidence.start && evidence.start < x.end);
  if (!s) return HEADLINE_REACH;
  const namesSomeone = (doc.layers.entities ?? []).some((e) => e.gazetteerId && e.mentions.some((m) => m.start >= s.start && m.end <= s.end));
  return namesSomeone ? HEADLINE_REACH : Math.max(HEADLINE_REACH, sentences.length - 1);
}
