// Rule spans from the cue lexicon (entries with `emit`) and from syntax (a question in the author's voice), added
// where the model has not already marked the same technique there. Mapping of rhetorical questions: PTC has no
// class for them; the guidelines file questions that insinuate under Doubt, so they are marked Doubt — but only
// questions the model itself marked (select.ts marks a question whole when the tagger leans on it): on every
// author-voice question the rule's spans were right a fifth of the time and cost 0.006 out-of-fold SI F1 (issue 13).
import type { CueIndex } from '../../models/techniques/cues.js';
import type { Prediction } from '../../models/techniques/model.js';
import type { DocTokens } from '../../models/techniques/tokens.js';

const CLAUSE_END = new Set([',', ';', ':', '—', '–']);
const QUESTION_SCORE = 0.5;

function trimmed(d: DocTokens, a: number, b: number): [number, number] {
  while (b > a + 1 && d.toks[b - 1].shape === 'p' && d.toks[b - 1].lower !== '?') b--;
  while (a < b - 1 && d.toks[a].shape === 'p') a++;
  return [a, b];
}

// A rule span is left out only when a span of the same technique already covers nearly all of it: a model span
// over part of a simile ("mushroom sprouting after rainfall") must not hide the rule's whole clause ("akin to a …").
function covered(existing: readonly Prediction[], technique: string | null, start: number, end: number): boolean {
  return existing.some((p) => (technique === null || p.technique === technique) && Math.min(p.end, end) - Math.max(p.start, start) >= (end - start) * 0.9);
}

export function ruleSpans(d: DocTokens, cues: CueIndex, existing: readonly Prediction[]): Prediction[] {
  const out: Prediction[] = [];
  const add = (a: number, b: number, technique: string, score: number, explanation: string): void => {
    const [x, y] = trimmed(d, a, b);
    const start = d.toks[x].start;
    const end = d.toks[y - 1].end;
    if (covered(existing, technique, start, end) || covered(out, technique, start, end)) return;
    out.push({ start, end, technique, score, explanation });
  };
  for (const { entry, at } of cues.rules(d.lower)) {
    const emit = entry.emit;
    if (!emit) continue;
    const s = d.sentences[d.toks[at].sentence];
    let [a, b] = [at, at + entry.words.length];
    if (emit.scope === 'sentence') [a, b] = [s.from, s.to];
    else if (emit.scope === 'clause') {
      b = at + entry.words.length;
      while (b < s.to && !CLAUSE_END.has(d.toks[b].lower)) b++;
    }
    add(a, b, emit.technique, emit.score, `rule ${entry.id}: "${entry.words.join(' ')}"`);
  }
  for (const s of d.sentences) {
    if (!s.question || s.to - s.from < 4) continue;
    let quoted = false;
    for (let i = s.from; i < s.to && !quoted; i++) quoted = d.toks[i].quoted;
    // The model's span over a question ends at its last word; the "?" does not count against it.
    const [a, b] = trimmed(d, s.from, s.to);
    const last = d.toks[b - 1].lower === '?' && b > a + 1 ? b - 1 : b;
    if (!quoted && covered(existing, null, d.toks[a].start, d.toks[last - 1].end)) add(s.from, s.to, 'Doubt', QUESTION_SCORE, "rule rhetorical-question: a question in the author's voice (PTC files it under Doubt)");
  }
  return out;
}
