// One sentence against the compiled catalogue: the best pattern of each narrative it meets, and how well.
// A pattern with frames needs one of them (then 0.6, plus up to 0.4 for the concepts and words it shares); a
// frameless pattern needs a narrative keyword or two topic concepts, and counts less (at most 0.75).
import type { Features } from './features.js';
import type { Frame } from './frames.js';
import { isTopic, type CompiledCatalogue, type Pattern } from './patterns.js';

export interface UnitMatch {
  narrative: number;
  pattern: number;
  score: number;
  /** The sentence's frame that met the pattern, if any. */
  frame: Frame | null;
  /** Every frame that met it is negated ("did not create"). */
  negated: boolean;
}

const FRAME_BASE = 0.6;
const FRAMELESS_MAX = 0.75;

export function matchUnit(u: Features, language: string, c: CompiledCatalogue, topics: ReadonlySet<string>): UnitMatch[] {
  const candidates = new Set<number>();
  for (const key of u.frames.keys()) for (const i of c.byFrame.get(key) ?? []) candidates.add(i);
  for (const t of u.concepts) if (isTopic(t, topics)) for (const i of c.byTopic.get(t) ?? []) candidates.add(i);
  const best = new Map<number, UnitMatch>();
  for (const i of candidates) {
    const p = c.patterns[i];
    const m = p.frames.size ? framed(p, u, language, c) : frameless(p, u, language, c, topics);
    if (!m) continue;
    const before = best.get(p.narrative);
    // Ties go to examples over frame patterns: an analyst reads the matched claim.
    if (!before || m.score > before.score || (m.score === before.score && p.example && !c.patterns[before.pattern].example)) {
      best.set(p.narrative, { narrative: p.narrative, pattern: i, ...m });
    }
  }
  return [...best.values()];
}

function framed(p: Pattern, u: Features, language: string, c: CompiledCatalogue): Omit<UnitMatch, 'narrative' | 'pattern'> | null {
  const hits = [...p.frames].filter((k) => u.frames.has(k));
  if (!hits.length) return null;
  const frame = u.frames.get(hits.find((k) => !u.negated.has(k)) ?? hits[0])!;
  return { score: round(FRAME_BASE + (1 - FRAME_BASE) * cover(p, u, language, c)), frame, negated: hits.every((k) => u.negated.has(k)) };
}

function frameless(p: Pattern, u: Features, language: string, c: CompiledCatalogue, topics: ReadonlySet<string>): Omit<UnitMatch, 'narrative' | 'pattern'> | null {
  // Without a frame, the sentence must name the narrative: one of its keywords, or two of its topics (Maidan and a
  // coup; Nazis and ... ) besides whatever else it shares.
  const shared = [...p.concepts].filter((t) => u.concepts.has(t));
  const topical = shared.filter((t) => isTopic(t, topics));
  if (shared.length < 2 || !(topical.some((t) => t.startsWith('n:')) || topical.length >= 2)) return null;
  return { score: round(FRAMELESS_MAX * cover(p, u, language, c)), frame: null, negated: false };
}

/** The share of the pattern's weight (IDF) the sentence has; words count only within one language, and never lower it. */
function cover(p: Pattern, u: Features, language: string, c: CompiledCatalogue): number {
  const weigh = (set: Set<string>, has: (t: string) => boolean) => {
    let all = 0;
    let hit = 0;
    for (const t of set) {
      const w = c.idf.get(t) ?? 1;
      all += w;
      if (has(t)) hit += w;
    }
    return { all, hit };
  };
  const k = weigh(p.concepts, (t) => u.concepts.has(t));
  const conceptCover = k.all ? k.hit / k.all : 0;
  if (p.language !== language || !p.words.size) return conceptCover;
  const w = weigh(p.words, (t) => u.words.has(t));
  return Math.max(conceptCover, (k.hit + w.hit) / (k.all + w.all));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
