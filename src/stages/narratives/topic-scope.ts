// Where a sentence may find the actors its narrative is about when it does not name them itself: the sentence before
// it, and the headline while the sentence is in the opening. A headline frames the few sentences under it ("US
// biolabs: … The Pentagon pays for them"); twenty paragraphs down a long real article, a sentence that shares a
// narrative's words ("an army trained and armed by the United States") is other news, whatever the headline named.
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
