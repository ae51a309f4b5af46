// Epithets that name again a group the text has just named (data/epithets.yml): "ISIS … Washington created this
// monster". An epithet within EPITHET_REACH tokens after a mention of an armed group (gazetteer type "group") becomes
// a participant with that group's concepts, so a frame or a similarity that meets "this monster" meets the group
// (issue 12, recall7: "إن واشنطن صنعت هذا الوحش" two sentences after "داعش").
import { longestFirst, type Matcher } from './matcher.js';
import { loadPhraseMatchers } from './phrase-files.js';
import type { Participant } from './reading.js';
import type { Token } from './tokens.js';

/** How many tokens back an epithet looks for the group it names (about three sentences). */
export const EPITHET_REACH = 80;

const FILE = new URL('./data/epithets.yml', import.meta.url);
let matchers: Map<string, Matcher<string>> | null = null;

function epithetMatchers(): Map<string, Matcher<string>> {
  matchers ??= loadPhraseMatchers([FILE], (_entry, id) => id);
  return matchers;
}

/**
 * The epithets of a text as participants of the group each names again: the nearest mention before it, within
 * EPITHET_REACH tokens, of a participant whose id `isGroup` accepts. Epithets overlapping a participant are left out.
 */
export function epithetParticipants(tokens: Token[], language: string, participants: readonly Participant[], isGroup: (id: string) => boolean): Participant[] {
  const matcher = epithetMatchers().get(language);
  if (!matcher) return [];
  const out: Participant[] = [];
  for (const h of longestFirst(matcher.all(tokens))) {
    if (participants.some((p) => p.from < h.to && h.from < p.to)) continue;
    let antecedent: Participant | null = null;
    for (const p of participants) {
      if (p.to > h.from) break;
      if (h.from - p.to <= EPITHET_REACH && isGroup(p.id)) antecedent = p;
    }
    if (antecedent) out.push({ from: h.from, to: h.to, id: antecedent.id, concepts: antecedent.concepts, actor: true });
  }
  return out;
}
