import type { EntityType } from '../../core/types.js';
import { nameKey } from '../../knowledge/gazetteer/index.js';
import type { Cues } from './cues.js';
import { opensClause, readRun, type Run } from './runs.js';
import { isCapitalised } from './tokens.js';
import { addDraft, type Work } from './work.js';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Names the gazetteer does not know: capitalised runs (see runs.ts), typed by the words around them. A lone word
 * that opens a sentence counts only when the text also capitalises it mid-sentence; German needs a title before.
 */
export function findNames(work: Work, cues: Cues): void {
  const t = work.tokens;
  const midSentence = capitalisedMidSentence(work);
  const titleCase = titleCaseSentences(work, cues);
  for (let i = 0; i < t.length; i++) {
    const run = readRun(work, i, cues);
    if (!run) continue;
    i = run.last;
    const cue = run.personCue || personBefore(work, run.first, cues);
    const single = run.words.length === 1;
    const word = t[run.first];
    if (!HAS_LETTER.test(word.text) || (single && word.text.length < 2)) continue;
    if (work.lang === 'de' && !cue) continue;
    if (!cue && single && opensClause(work, run.first) && !midSentence.has(word.key)) continue;
    if (!cue && titleCase[work.sentenceOf[run.first] + 1]) continue;
    // "Review", "Book Review", "Opinion": page labels, not names.
    if (!cue && cues['generic-nouns'].has(t[run.last].key)) continue;
    // "Read More", "Top Stories", "Updated Tuesday": page furniture, every word a page word (or a date).
    if (!cue && run.words.every((w) => cues['page-words'].has(t[w].key) || cues['generic-nouns'].has(t[w].key) || cues['months-days'].has(t[w].key))) continue;
    absorbPlace(work, run, cues);
    const [type, guessed] = cue ? (['person', false] as const) : typeOf(work, run, cues);
    const text = work.text.slice(t[run.first].start, t[run.last].end);
    const key = `n:${nameKey(text)}`;
    const existing = work.clusters.get(key);
    if (!existing) work.clusters.set(key, { key, canonical: text, type, entry: null, gender: null, role: null, guessed });
    else if (existing.guessed && !guessed) Object.assign(existing, { type, guessed });
    addDraft(work, key, 'name', run.first, run.last);
  }
}

/**
 * "Kabul Tribune", "Moscow Times", "Kabul University": a run made only of outlet or organisation words takes in the
 * gazetteer place right before it, whose mention is dropped.
 */
function absorbPlace(work: Work, run: Run, cues: Cues): void {
  const t = work.tokens;
  if (!run.words.every((w) => cues['media-suffixes'].has(t[w].key) || cues['org-suffixes'].has(t[w].key))) return;
  const index = work.drafts.findIndex((d) => d.last === run.first - 1 && d.cluster.startsWith('g:'));
  const place = work.drafts[index];
  if (!place || work.clusters.get(place.cluster)!.type !== 'place' || work.text.slice(place.end, t[run.first].start) !== ' ') return;
  work.drafts.splice(index, 1);
  run.first = place.first;
  run.words.unshift(place.first);
}

/** A title or a role noun right before: "Mr. Smith", "envoy Zamir Kabulov", "Frau Baerbock". */
function personBefore(work: Work, i: number, cues: Cues): boolean {
  const t = work.tokens;
  let k = i - 1;
  if (k >= 0 && t[k].key === '.') k--;
  if (k < 0 || !t[k].word) return false;
  const key = t[k].key;
  if (cues['person-titles'].has(key) || cues['role-heads'].has(key)) return true;
  return work.lang === 'de' && cues['person-cues-de'].has(key);
}

/** The type, and whether it is only a guess from the name's shape. */
function typeOf(work: Work, run: Run, cues: Cues): [EntityType, boolean] {
  const t = work.tokens;
  const lastKey = t[run.words[run.words.length - 1]].key;
  const firstKey = t[run.words[0]].key;
  if (cues['media-suffixes'].has(lastKey) && run.words.length > 1) return ['media', false];
  if (cues['org-suffixes'].has(lastKey) || (cues['org-heads'].has(firstKey) && run.words.length > 1)) return ['organization', false];
  // "Civil War", "Patriot Act": events and documents are never persons.
  if (cues['event-words'].has(lastKey)) return ['other', false];
  if (run.words.length > 1 && cues['place-name-ends'].has(lastKey)) return ['place', false];
  const before = wordAt(work, run.first - 1);
  const after = wordAt(work, run.last + 1);
  if (before && cues['place-prepositions'].has(before) && t[run.first - 1].caps === 'lower') return ['place', false];
  if (after && cues['place-suffixes'].has(after)) return ['place', false];
  if (before === 'of' && cues['place-heads'].has(wordAt(work, run.first - 2) ?? '')) return ['place', false];
  const names = run.words.filter((w) => NAME_WORD.test(t[w].text));
  if (run.words.length >= 2 && run.words.length <= 4 && names.length === run.words.length) return ['person', true];
  return ['other', true];
}

function wordAt(work: Work, i: number): string | null {
  const tok = work.tokens[i];
  return tok && tok.word ? tok.key : null;
}

/** Keys of words the text capitalises somewhere other than at the start of a sentence or quote. */
function capitalisedMidSentence(work: Work): Set<string> {
  const out = new Set<string>();
  work.tokens.forEach((tok, i) => {
    if (isCapitalised(tok) && !opensClause(work, i)) out.add(tok.key);
  });
  return out;
}

/**
 * Per sentence (index + 1; 0 is "outside"): is it headline-style ("America And NATO Were Responsible For …")?
 * Told by a function word capitalised (or in capitals) mid-sentence, which names alone never cause.
 */
function titleCaseSentences(work: Work, cues: Cues): boolean[] {
  const out = new Array<boolean>(work.sentences.length + 1).fill(false);
  work.tokens.forEach((tok, i) => {
    if ((tok.caps === 'title' || tok.caps === 'upper') && cues['function-words'].has(tok.key) && tok.text.length > 1 && !opensClause(work, i)) out[work.sentenceOf[i] + 1] = true;
  });
  return out;
}
