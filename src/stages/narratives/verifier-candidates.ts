// The narrative verifier's candidates in one article: every narrative the stage's routes met (kept by the rules or
// not: a gate that dropped it is a feature) and every one met only under the match floor (score in [CANDIDATE_FLOOR,
// minScore)), each with the facts verifier-features.ts reads.
import type { UnitMatch } from './score.js';
import type { CandidateEvidence, CandidateFacts, Route } from './verifier-features.js';

/** A match under the floor, in a sentence or a pair of sentences; `leads`: nothing in its unit scores higher. */
export interface LowMatch {
  m: UnitMatch;
  sentences: readonly number[];
  route: Extract<Route, 'low-sentence' | 'low-pair'>;
  leads: boolean;
}

/** A piece of evidence the routes found at the floor: the narrative, its sentence, score, route and frame. */
export interface FoundEvidence {
  narrative: number;
  sentence: number;
  score: number;
  route: Route;
  frame: boolean;
}

/** What the article and the catalogue tell of the candidates, asked per narrative (closures over the stage's reading). */
export interface CandidateContext {
  found: readonly FoundEvidence[];
  lows: readonly LowMatch[];
  /** Narratives the rules keep, and those that lead a unit. */
  kept: ReadonlySet<number>;
  leading: ReadonlySet<number>;
  /** Whether sentence `i` names what narrative `n` is about, and says its claim's aim. */
  about: (n: number, i: number) => boolean;
  aimed: (n: number, i: number) => boolean;
  denial: (n: number) => boolean;
  exampleOnly: (n: number) => boolean;
  coreNamed: (n: number) => boolean;
  /** Each narrative's best cosine with the examples, over the article's sentences and in the headline (absent: none met). */
  bestCosine: ReadonlyMap<number, number>;
  headlineCosine: ReadonlyMap<number, number>;
  sentences: number;
  language: string;
  /** The candidate floor: the margin of an article's only candidate is taken over it. */
  floor: number;
}

/** Each candidate narrative's facts, by catalogue index. */
export function candidateFacts(c: CandidateContext): Map<number, CandidateFacts> {
  const evidence = new Map<number, CandidateEvidence[]>();
  const push = (n: number, e: CandidateEvidence) => {
    const list = evidence.get(n);
    if (list) list.push(e);
    else evidence.set(n, [e]);
  };
  for (const f of c.found) push(f.narrative, { sentence: f.sentence, score: f.score, route: f.route, frame: f.frame });
  const lowLeads = new Set<number>();
  for (const l of c.lows) {
    for (const i of l.sentences) push(l.m.narrative, { sentence: i, score: l.m.score, route: l.route, frame: false });
    if (l.leads) lowLeads.add(l.m.narrative);
  }
  const best = new Map([...evidence].map(([n, list]) => [n, Math.max(...list.map((e) => e.score))]));
  const out = new Map<number, CandidateFacts>();
  for (const [n, list] of evidence) {
    let other = c.floor;
    for (const [o, s] of best) if (o !== n) other = Math.max(other, s);
    const sentences = [...new Set(list.map((e) => e.sentence))];
    out.set(n, {
      rules: c.kept.has(n),
      leads: c.leading.has(n) || lowLeads.has(n),
      about: sentences.some((i) => c.about(n, i)),
      aimed: sentences.some((i) => c.aimed(n, i)),
      evidence: list,
      denial: c.denial(n),
      exampleOnly: c.exampleOnly(n),
      coreNamed: c.coreNamed(n),
      headlineCosine: c.headlineCosine.get(n) ?? 0,
      bestCosine: c.bestCosine.get(n) ?? 0,
      sentences: c.sentences,
      margin: best.get(n)! - other,
      language: c.language,
    });
  }
  return out;
}
