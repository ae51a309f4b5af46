// A narrative about what a named accused does ("George Soros controls governments and protests") whose keywords are
// only that name ("Soros", "Сорос*"): a sentence that names the accused says nothing of the claim unless the accused
// is the agent of a claim frame ("Soros controls the opposition"); the keyword alone, which is the name, is no
// frameless match, and a frame with the accused as its patient ("U.S. financier George Soros": the US "finances"
// Soros, both under "the West") is someone else acting. On ~1,300 real articles (eval/narratives/real-articles.ts) the name alone made
// 158 of the built-in catalogue's 205 matches: news items that mention the financier.
import type { Narrative } from '../../knowledge/narratives/index.js';
import type { Frame } from './frames.js';

// One word, capitalised where the script has case ("Soros", "Сорос*", "سوروس"): a name, not a phrase of the claim.
const NAME = /^(?:\p{Lu}[\p{L}\p{N}-]*|[\u0600-\u06ff]+)\*?$/u;

const cache = new WeakMap<Narrative, boolean>();

/** Whether the narrative names an accused and its keywords are only names (of it). */
export function nameKeywordsOnly(n: Narrative): boolean {
  let out = cache.get(n);
  if (out === undefined) {
    const keywords = Object.values(n.keywords).flat();
    out = n.entities.some((e) => e.role === 'accused') && keywords.length > 0 && keywords.every((k) => NAME.test(k.trim()));
    cache.set(n, out);
  }
  return out;
}

/** Whether the frame's agent is (or stands under) one of the narrative's accused. */
export function accusedActs(n: Narrative, frame: Frame | null): boolean {
  if (!frame) return false;
  const accused = new Set(n.entities.filter((e) => e.role === 'accused').map((e) => e.id));
  return [frame.agent.id, ...frame.agent.concepts].some((c) => accused.has(c));
}
