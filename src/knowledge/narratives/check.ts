// `narratives check`: does each example of a catalogue carry its narrative as the stage reads it? Each example is
// read as an article (through the real pipeline) against the catalogue of the OTHER examples (leave-one-out), so an
// example that matches nothing, or only another narrative, shows where the catalogue needs more or clearer examples.
// Lives beside the loader but runs the stage: not exported from index.ts (the stage imports the loader).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../analyze.js';
import type { Doc, NarrativeMatch } from '../../core/types.js';
import { buildKnowledge, narratives as narrativesStage } from '../../stages/narratives/index.js';
import { BUILT_IN_FILE } from './load.js';
import { catalogueJson } from './serialize.js';
import type { Narrative } from './types.js';

/** own: only its narrative (or a narrower one under it); also: its own and others; other: others only; none: nothing. */
export type Verdict = 'own' | 'also' | 'other' | 'none';

export interface ExampleResult {
  narrative: string;
  /** 1-based, in the narrative's order. */
  example: number;
  text: string;
  language: string | null;
  verdict: Verdict;
  /** The narratives it matched, best first. */
  matched: { id: string; score: number }[];
  /** The narrative's only example: left out, the narrative has none, so it cannot match its own. */
  alone: boolean;
}

export interface CheckReport {
  files: string[];
  narratives: number;
  examples: number;
  counts: Record<Verdict, number>;
  results: ExampleResult[];
}

export interface CheckOptions {
  /** Validate as used beside the built-in catalogue (ids must not clash with it); default true. */
  builtIn?: boolean;
  /** Called after each example (progress on a terminal). */
  onExample?: (done: number, total: number) => void;
}

/** Validates the files (throws CATALOGUE_INVALID / INPUT_NOT_FOUND), then checks every example. */
export function checkCatalogue(files: string[], options: CheckOptions = {}): CheckReport {
  const knowledge = buildKnowledge({ files, builtIn: options.builtIn !== false });
  const own = knowledge.catalogue.narratives.filter((n) => n.origin.file !== BUILT_IN_FILE.pathname);
  const total = own.reduce((sum, n) => sum + n.examples.length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-check-'));
  const results: ExampleResult[] = [];
  try {
    let k = 0;
    for (const n of own) {
      n.examples.forEach((example, i) => {
        const path = join(dir, `without-${k++}.json`); // a new name each time: the stage caches by path and time
        writeFileSync(path, catalogueJson(leaveOut(own, n, i)));
        const stage = narrativesStage.create({ files: [path], builtIn: false });
        const matched = (stage(readExample(example.text, example.language)).layers.narratives ?? []).reduce(best, [] as NarrativeMatch[]);
        results.push({
          narrative: n.id,
          example: i + 1,
          text: example.text,
          language: example.language,
          verdict: verdictOf(n.id, matched, own),
          matched: matched.map((m) => ({ id: m.id, score: m.score })),
          alone: n.examples.length === 1,
        });
        options.onExample?.(results.length, total);
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const counts: Record<Verdict, number> = { own: 0, also: 0, other: 0, none: 0 };
  for (const r of results) counts[r.verdict]++;
  return { files, narratives: own.length, examples: total, counts, results };
}

/** The catalogue without example `i` of `n` (and without `n` when that was its only one); dangling parents dropped. */
function leaveOut(all: Narrative[], n: Narrative, i: number): Narrative[] {
  const kept = all.flatMap((x) => (x !== n ? [x] : x.examples.length > 1 ? [{ ...x, examples: x.examples.filter((_, j) => j !== i) }] : []));
  const ids = new Set(kept.map((x) => x.id));
  return kept.map((x) => (x.parent && !ids.has(x.parent) ? { ...x, parent: null } : x));
}

/** The example as an article: its text exactly, in its language when given. Narratives come after, per catalogue. */
function readExample(text: string, language: string | null): Doc {
  return analyze({ text, raw: true, name: '<example>' }, { narratives: { files: [], builtIn: false }, ...(language ? { language: { force: language } } : {}) });
}

/** One entry per narrative (the stage gives one per stance), its best score. */
function best(list: NarrativeMatch[], m: NarrativeMatch): NarrativeMatch[] {
  const before = list.find((x) => x.id === m.id);
  if (!before) return [...list, m];
  return before.score >= m.score ? list : list.map((x) => (x === before ? m : x));
}

function verdictOf(id: string, matched: NarrativeMatch[], catalogue: Narrative[]): Verdict {
  const parent = new Map(catalogue.map((x) => [x.id, x.parent]));
  const under = (m: string): boolean => {
    const seen = new Set<string>();
    for (let p: string | null | undefined = m; p && !seen.has(p); p = parent.get(p)) {
      if (p === id) return true;
      seen.add(p);
    }
    return false;
  };
  const mine = matched.filter((m) => under(m.id)).length;
  const others = matched.length - mine;
  return mine ? (others ? 'also' : 'own') : others ? 'other' : 'none';
}
