// A claim the opening comes back to: told in other words than the catalogue's (paraphrase, metaphor), no sentence
// meets an example well enough alone (0.35–0.45, under SENTENCE_THRESHOLD), but two sentences close together each
// lead to the same narrative, name its actors and say its claim, not only its topic. Each is weak evidence; the
// same narrative leading both is what a sentence of other news on the topic rarely gives ("a Russian violinist's
// concerts were called off across Germany" and, next, "a hatred of all things Russian": Russophobia told twice).
// Unlike article-evidence.ts, the two need not cover one example together (each may echo another example of the
// narrative); they may be any two sentences of the opening (the headline and four more) within two of each other.
// Only the opening: over the 1,295 long real articles of eval/narratives/real-articles.ts the whole text gave 3 more
// matches with catalogue-en.yml and 1 with the built-in catalogue, all spurious ("center stage … attacks from his
// rivals" read as a staged attack); the opening gave none.
import { ARTICLE_OPENING, type SentenceSimilarity } from './article-evidence.js';

/**
 * Thresholds, chosen on the splits of eval/narratives (all seen; see its README) and checked on the real articles
 * of eval/narratives/real-articles.ts: the stronger sentence from 0.35, the other from 0.25, at most two sentences
 * apart. A stronger floor of 0.3 found 2 more of eval/narratives (0.3 and a weaker floor of 0.2: 7 more and 1 false)
 * but fired on a real article (a minister "pulls out … to protest" read as a colour revolution); 0.33 found none
 * more; a distance of 3 none more.
 */
export const REPEATED_STRONG = 0.35;
export const REPEATED_WEAK = 0.25;
export const REPEATED_STRONG_BODY = 0.4;
export const REPEATED_DISTANCE = 2;

export interface RepeatedEvidence {
  narrative: number;
  /** The example the stronger sentence is most similar to. */
  pattern: number;
  /** The stronger sentence's similarity. */
  cosine: number;
  /** The two sentences, the stronger first. */
  sentences: [number, number];
}

/**
 * The narratives carried by two nearby sentences that each lead to them. `sims` as for articleEvidence (only
 * sentences a narrative leads, `named: false` where its actors are not named there); `saysClaim`: whether the
 * sentence says the claim of its example (claim-keys.ts); `skip`: narratives already found; `keysOf`: an example's
 * similarity terms.
 */
export function repeatedEvidence(sims: readonly SentenceSimilarity[], skip: ReadonlySet<number>, saysClaim: (s: SentenceSimilarity) => boolean, keysOf: (pattern: number) => ReadonlySet<string> | null, opening = ARTICLE_OPENING): RepeatedEvidence[] {
  // The best example of each narrative in each sentence.
  const best = new Map<number, Map<number, SentenceSimilarity>>();
  for (const s of sims) {
    if (skip.has(s.narrative) || s.named === false || s.cosine < REPEATED_WEAK || s.sentence >= opening) continue;
    let bySentence = best.get(s.narrative);
    if (!bySentence) best.set(s.narrative, (bySentence = new Map()));
    const before = bySentence.get(s.sentence);
    if (!before || s.cosine > before.cosine) bySentence.set(s.sentence, s);
  }
  const out: RepeatedEvidence[] = [];
  for (const [narrative, bySentence] of best) {
    const list = [...bySentence.values()].filter(saysClaim).sort((a, b) => b.cosine - a.cosine || a.sentence - b.sentence);
    let found: RepeatedEvidence | null = null;
    for (const strong of list) {
      if (strong.cosine < REPEATED_STRONG || found) break;
      // Past the opening of a short article, the stronger sentence must come closer to an example.
      if (strong.sentence >= ARTICLE_OPENING && strong.cosine < REPEATED_STRONG_BODY) continue;
      const weak = list.find((o) => o !== strong && Math.abs(o.sentence - strong.sentence) <= REPEATED_DISTANCE && addsWord(o, strong, keysOf));
      if (weak) found = { narrative, pattern: strong.pattern, cosine: strong.cosine, sentences: [strong.sentence, weak.sentence] };
    }
    if (found) out.push(found);
  }
  return out;
}

/**
 * Whether `weak` shares with its example a word (x:, k: key) that `strong` does not have: the same words said twice
 * ("the army kept its units near the crash site" … "the army kept its units there") are one piece of evidence.
 */
function addsWord(weak: SentenceSimilarity, strong: SentenceSimilarity, keysOf: (pattern: number) => ReadonlySet<string> | null): boolean {
  const keys = keysOf(weak.pattern);
  if (!keys) return false;
  for (const t of weak.terms) if ((t.startsWith('x:') || t.startsWith('k:')) && keys.has(t) && !strong.terms.has(t)) return true;
  return false;
}
