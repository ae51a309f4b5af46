// A claim one sentence of a short article says well (at the sentence threshold) without naming who does it: "La
// Russie ne fait que constater qu'on l'encercle", "manufactured upheaval paid for by foreign embassies", a headline
// "Istanbul, avril 2022 : la paix assassinée". A column names its actors once, often sentences away from its sharpest
// line ("les chancelleries occidentales ont juré …", "the government Brussels and Washington want"), and neither the
// sentence before nor the headline (topic-scope.ts actorContext) need be that one. Here the actors may come from any
// other sentence of the article that leads to the same narrative and says its claim too: named in passing, in a
// sentence about something else, they do not count. Only short articles (the stage's SHORT_ARTICLE): a long one is
// several pieces of news, and its sentences' actors are their own.
import type { SentenceSimilarity } from './article-evidence.js';
import { REPEATED_WEAK } from './repeated-evidence.js';

export interface ActorsElsewhere {
  narrative: number;
  /** The example the sentence that says the claim is most similar to. */
  pattern: number;
  /** That sentence's similarity. */
  cosine: number;
  /** That sentence, then the one that names the actors it lacks. */
  sentences: [number, number];
}

/**
 * The narratives a sentence says at `threshold` or more without its actors (`named: false` in `sims`, as for
 * articleEvidence), where another sentence leading to the narrative from REPEATED_WEAK and saying its claim names them
 * (the two together name every core actor: `core`). `saysClaim` and `skip` as for repeatedEvidence. `leadNames`: the
 * lead (sentence 1) names actors of its own, so the headline is about them ("Les médias mentent en prime time" over
 * "Un jeu télévisé suisse a truqué ses gagnants"), as where the headline takes its actors from the lead (narratives.ts
 * leadActors): it takes none from further down.
 */
export function actorsElsewhere(sims: readonly SentenceSimilarity[], skip: ReadonlySet<number>, saysClaim: (s: SentenceSimilarity) => boolean, core: (narrative: number) => ReadonlySet<string> | undefined, threshold: number, leadNames: boolean): ActorsElsewhere[] {
  const out = new Map<number, ActorsElsewhere>();
  const strong = sims.filter((s) => s.named === false && s.cosine >= threshold && !skip.has(s.narrative) && !(s.sentence === 0 && leadNames)).sort((a, b) => b.cosine - a.cosine || a.sentence - b.sentence);
  for (const s of strong) {
    if (out.has(s.narrative) || !saysClaim(s)) continue;
    const actors = core(s.narrative);
    if (!actors?.size) continue;
    const partner = sims.find((o) => o.narrative === s.narrative && o.sentence !== s.sentence && o.cosine >= REPEATED_WEAK && namesAll(actors, s.terms, o.terms) && saysClaim(o));
    if (partner) out.set(s.narrative, { narrative: s.narrative, pattern: s.pattern, cosine: s.cosine, sentences: [s.sentence, partner.sentence] });
  }
  return [...out.values()];
}

/** Whether two sentences' similarity terms together hold every actor. */
function namesAll(actors: ReadonlySet<string>, a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of actors) if (!a.has(k) && !b.has(k)) return false;
  return true;
}
