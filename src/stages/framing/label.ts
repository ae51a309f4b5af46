// The actor a label (an epithet) is said of.
import type { Clause, MentionRef } from './clause.js';
import { withLeftConjuncts, withRightConjuncts } from './slots.js';
import { isPossessive } from './words.js';

/**
 * The actor a label at tokens `first..last` is said of: a mention containing it ("the Khawarij of Khorasan"), right
 * after it ("terrorist group ISIS"), or before it through fillers ("X, who were considered invaders", "X is a
 * threat", "the ISIS threat"). Head words between the actor and the label are allowed only after a link word (who,
 * is, considered…), so "the preceding puppet regime" says nothing of the United States named before it.
 */
export function labelTarget(c: Clause, first: number, last: number): MentionRef[] {
  const g = c.grammar;
  for (let i = first; i <= last; i++) if (c.mentionAt[i]) return [c.mentionAt[i]!];
  let k = last + 1;
  if (k < c.tokens.length && g.determiners.has(c.tokens[k].lower)) k++;
  if (k < c.tokens.length && c.mentionAt[k]) return withRightConjuncts(c, c.mentionAt[k]!);
  let linked = false;
  let words = 0;
  for (let j = first - 1; j >= Math.max(0, first - 10); j--) {
    const ref = c.mentionAt[j];
    if (ref) return isPossessive(c.tokens[ref.last]) ? [] : withLeftConjuncts(c, ref);
    const t = c.tokens[j];
    if (g.labelFillers.has(t.lower)) {
      if (t.word && !g.determiners.has(t.lower) && t.lower !== 'a') linked = true;
      continue;
    }
    if (!(t.word && linked && ++words <= 2)) return [];
  }
  return [];
}
