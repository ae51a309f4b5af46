import { compileContexts, contextCount } from '../../knowledge/gazetteer/context.js';
import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer/index.js';
import type { Cues } from './cues.js';
import type { Hit } from './match.js';
import { isCapitalised } from './tokens.js';
import type { Terminal } from './trie.js';
import { addDraft, gazetteerCluster, type Work } from './work.js';

/**
 * Gazetteer hits → mentions. A hit with several candidates goes to the one in the document's language; an entry with
 * `context` words stays a candidate only where its sentence holds one of them (or the document names it unambiguously);
 * then the entry with the most context words in the sentence, then one the document names unambiguously elsewhere,
 * then the first in file order. A surname two people share links only when one of them is named in full. Then parent
 * mentions move to a narrower entry by its context rule.
 */
export function resolveHits(work: Work, hits: Hit[], gazetteer: Gazetteer, cues: Cues): void {
  hits = hits.filter((hit) => !someoneElse(work, hit, cues));
  const named = new Set<string>();
  for (const hit of hits) {
    const entries = new Set(hit.candidates.map((c) => c.entry.id));
    if (entries.size === 1 && !hit.candidates.some((c) => c.ambiguous)) named.add(hit.candidates[0].entry.id);
  }
  const chosen: { hit: Hit; term: Terminal }[] = [];
  const contexts = compileContexts(gazetteer);
  for (const hit of hits) {
    const scores = contextScores(work, hit, contexts);
    const term = choose(hit.candidates, work.lang, named, scores);
    if (term) chosen.push({ hit, term });
  }
  const narrowed = narrow(work, chosen, gazetteer);
  chosen.forEach(({ hit, term }, index) => {
    const entry = narrowed[index] ?? term.entry;
    const kind = narrowed[index] && term.kind === 'name' ? 'alias' : term.kind;
    addDraft(work, gazetteerCluster(work, entry), kind, hit.first, hit.last, hit.start, hit.end);
  });
}

/** "Jeanne Shaheen" is not Suhail Shaheen: a surname right after another capitalised name word names someone else. */
function someoneElse(work: Work, hit: Hit, cues: Cues): boolean {
  if (!hit.candidates.every((c) => c.kind === 'surname')) return false;
  const before = work.tokens[hit.first - 1];
  if (!isCapitalised(before) || work.text.slice(before.end, hit.start) !== ' ') return false;
  const key = before.key;
  return !cues['function-words'].has(key) && !cues['person-titles'].has(key) && !cues['role-heads'].has(key) && !cues['role-modifiers'].has(key);
}

function choose(candidates: Terminal[], lang: string, named: Set<string>, scores: Map<string, number>): Terminal | null {
  // An entry whose context words the sentence holds competes whatever the language its alias was listed under:
  // French "Douma" is the State Duma, but "l'attaque chimique de Douma" is the Syrian town (listed under English).
  let pool = candidates.filter((c) => c.lang === lang || (scores.get(c.entry.id) ?? 0) > 0);
  if (!pool.length) pool = candidates;
  if (new Set(pool.map((c) => c.entry.id)).size > 1) {
    // Context-gated readings ("Washington" the state, "Indian" the peoples) need their words in the sentence.
    const gated = pool.filter((c) => !c.entry.context.length || (scores.get(c.entry.id) ?? 0) > 0 || named.has(c.entry.id));
    if (gated.length) pool = gated;
    let best = 0;
    for (const c of pool) best = Math.max(best, scores.get(c.entry.id) ?? 0);
    if (best > 0) pool = pool.filter((c) => (scores.get(c.entry.id) ?? 0) === best);
  }
  const entries = new Set(pool.map((c) => c.entry.id));
  if (entries.size === 1) {
    const term = pool.find((c) => c.kind !== 'surname') ?? pool[0];
    if (term.kind === 'surname' && term.ambiguous && !named.has(term.entry.id)) return null;
    return term;
  }
  const known = pool.filter((c) => named.has(c.entry.id));
  if (known.length) return known[0];
  const surnames = pool.every((c) => c.kind === 'surname');
  return surnames ? null : pool.find((c) => c.kind !== 'surname') ?? null;
}

/**
 * For each entry with `narrows` and a parent (isis-k → isis): when the document names it on its own, a mention of the
 * parent moves to it if the same sentence names one of its context entries, or a place within one.
 */
function narrow(work: Work, chosen: { hit: Hit; term: Terminal }[], gazetteer: Gazetteer): (GazetteerEntry | undefined)[] {
  const out: (GazetteerEntry | undefined)[] = new Array(chosen.length);
  const present = new Set(chosen.map((c) => c.term.entry.id));
  const narrowers = gazetteer.entries.filter((e) => e.parent && e.narrows.length && present.has(e.id));
  if (!narrowers.length) return out;
  const bySentence = new Map<number, Set<string>>();
  for (const { hit, term } of chosen) {
    const s = work.sentenceOf[hit.first];
    const ids = bySentence.get(s) ?? new Set<string>();
    for (const id of withinChain(term.entry, gazetteer)) ids.add(id);
    bySentence.set(s, ids);
  }
  chosen.forEach(({ hit, term }, index) => {
    if (term.kind === 'surname') return;
    const context = bySentence.get(work.sentenceOf[hit.first]);
    const child = narrowers.find((n) => n.parent === term.entry.id && n.narrows.some((id) => context?.has(id)));
    if (child) out[index] = child;
  });
  return out;
}

/** The entry and every place it lies within (darzab → jawzjan → afghanistan). */
function withinChain(entry: GazetteerEntry, gazetteer: Gazetteer): string[] {
  const out = [entry.id];
  let current = entry;
  for (let depth = 0; current.within && depth < 8; depth++) {
    out.push(current.within);
    const next = gazetteer.byId.get(current.within);
    if (!next) break;
    current = next;
  }
  return out;
}

/** For a shared alias: how many of each candidate's context phrases its sentence holds (outside the hit itself). */
function contextScores(work: Work, hit: Hit, contexts: Map<string, string[][]>): Map<string, number> {
  const scores = new Map<string, number>();
  const ids = new Set(hit.candidates.filter((c) => contexts.has(c.entry.id)).map((c) => c.entry.id));
  if (ids.size === 0 || new Set(hit.candidates.map((c) => c.entry.id)).size < 2) return scores;
  const t = work.tokens;
  const sentence = work.sentenceOf[hit.first];
  let from = hit.first;
  let to = hit.last;
  while (from > 0 && work.sentenceOf[from - 1] === sentence) from--;
  while (to + 1 < t.length && work.sentenceOf[to + 1] === sentence) to++;
  const words: string[] = [];
  for (let k = from; k <= to; k++) if (t[k].word && (k < hit.first || k > hit.last)) words.push(t[k].key);
  for (const id of ids) scores.set(id, contextCount(words, contexts.get(id)!));
  return scores;
}

