import { wordKey } from '../../knowledge/gazetteer/index.js';
import type { Cues } from './cues.js';
import { isCapitalised } from './tokens.js';
import { addDraft, type Cluster, type Draft, type Work } from './work.js';

const MODIFIERS_MAX = 3;

/**
 * Surnames of names found in this text: "John Smith … Smith", "Jose Ines Garcia Zarate … Garcia Zarate" → one
 * entity, once the full name has been used. Where two people share the surname, the one named most recently before wins.
 */
export function linkSurnames(work: Work): void {
  const persons = [...work.clusters.values()].filter((c) => c.type === 'person' && /\s/.test(c.canonical));
  if (!persons.length) return;
  // Person names by their last word, each with its words as keys.
  const byLast = new Map<string, { key: string; words: string[] }[]>();
  for (const c of persons) {
    const words = c.canonical.split(/\s+/).map(wordKey);
    const list = byLast.get(words[words.length - 1]) ?? [];
    list.push({ key: c.key, words });
    byLast.set(words[words.length - 1], list);
  }
  const lastSeen = new Map<string, number>();
  for (const d of [...work.drafts].sort((a, b) => a.start - b.start)) {
    const words = d.cluster.startsWith('n:') ? d.text.split(/\s+/).map(wordKey) : [];
    const owners = (byLast.get(words[words.length - 1] ?? '') ?? []).filter((o) => o.key !== d.cluster && o.words.length > words.length && endsWith(o.words, words));
    // The full name comes first; of several owners, the one named most recently.
    let best: string | null = null;
    for (const o of owners) if (lastSeen.has(o.key) && (!best || lastSeen.get(o.key)! > lastSeen.get(best)!)) best = o.key;
    if (best) {
      d.cluster = best;
      d.kind = 'surname';
    }
    lastSeen.set(d.cluster, d.start);
  }
}

function endsWith(whole: string[], tail: string[]): boolean {
  return tail.every((w, i) => whole[whole.length - tail.length + i] === w);
}

/** "the envoy", "the Russian president": the most recent person whose role holds that noun. English only. */
export function linkTitles(work: Work, cues: Cues): void {
  if (work.lang !== 'en') return;
  const t = work.tokens;
  const persons = work.drafts.filter((d) => isPerson(work, d)).sort((a, b) => a.start - b.start);
  for (let i = 0; i < t.length; i++) {
    if (t[i].key !== 'the' || t[i].caps === 'upper') continue;
    let k = i + 1;
    while (k < t.length && k - i <= MODIFIERS_MAX && t[k].word && !cues['role-heads'].has(t[k].key) && (isCapitalised(t[k]) || cues['role-modifiers'].has(t[k].key))) k++;
    const head = t[k];
    if (!head?.word || !cues['role-heads'].has(head.key) || head.caps === 'upper') continue;
    const next = t[k + 1];
    if (next && (isCapitalised(next) || next.key === 'of')) continue; // "the envoy Zamir …", "the head of …"
    const target = latest(work, persons, t[i].start, (c) => roleWords(c).has(head.key));
    const role = target ? work.clusters.get(target)!.role : null;
    const insideRole = role && role.start < t[k].end && t[i].start < role.end; // the apposition itself is the role
    if (target && !insideRole) addDraft(work, target, 'title', i, k);
    i = k;
  }
}

/**
 * he/she/his/her → the subject (first person mention) of the same sentence before the pronoun, else of the previous
 * sentence, else of the one before; a pronoun in an opening clause ("To back his claim, Kabulov said") → the name after
 * the comma. Gender must not clash. "they" is never linked to a person (linkThey links it to a party). English only.
 */
export function linkPronouns(work: Work, cues: Cues): void {
  if (work.lang !== 'en') return;
  const t = work.tokens;
  const bySentence = new Map<number, Draft[]>();
  const add = (d: Draft) => bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d].sort((a, b) => a.start - b.start));
  work.drafts.filter((d) => isPerson(work, d)).forEach(add);
  for (let i = 0; i < t.length; i++) {
    const gender = cues['pronouns-male'].has(t[i].key) ? 'm' : cues['pronouns-female'].has(t[i].key) ? 'f' : null;
    if (!gender || t[i].caps === 'upper') continue;
    const s = work.sentenceOf[i];
    const fits = (d: Draft) => {
      const c = work.clusters.get(d.cluster)!;
      return c.type === 'person' && (c.gender === null || c.gender === gender);
    };
    const here = bySentence.get(s) ?? [];
    const target =
      cataphora(work, i, here, fits) ??
      here.find((d) => d.end <= t[i].start && fits(d)) ??
      bySentence.get(s - 1)?.find(fits) ??
      bySentence.get(s - 2)?.find(fits);
    if (target) add(addDraft(work, target.cluster, 'pronoun', i, i));
  }
}

/** Words that open an adverbial clause before the main one ("Despite …, they …"); an "-ing" word opens one too. */
const OPENERS = new Set(['despite', 'after', 'before', 'when', 'while', 'although', 'though', 'since', 'because', 'as', 'once', 'having', 'following', 'upon', 'unlike', 'like', 'in']);

/**
 * "Despite conveying this to the Americans and their allies, they played it down": a "they" opening the main clause
 * right after an opening adverbial clause (the sentence's first comma) names the last party of that clause — a people
 * ("the Americans"), a group or an organisation, never a person. Elsewhere "they" stays unlinked. English only.
 */
export function linkThey(work: Work): void {
  if (work.lang !== 'en') return;
  const t = work.tokens;
  for (let i = 2; i < t.length; i++) {
    if (t[i].key !== 'they' || t[i - 1].key !== ',') continue;
    const s = work.sentenceOf[i];
    let first = i - 2;
    while (first > 0 && work.sentenceOf[first - 1] === s && t[first - 1].key !== ',') first--;
    if (first > 0 && work.sentenceOf[first - 1] === s) continue; // an earlier comma: no single opening clause
    if (!OPENERS.has(t[first].key) && !t[first].key.endsWith('ing')) continue;
    const parties = work.drafts.filter((d) => d.sentence === s && d.start >= t[first].start && d.end <= t[i - 1].start && isParty(work, d));
    const target = parties.sort((a, b) => a.start - b.start).pop();
    if (target) addDraft(work, target.cluster, 'pronoun', i, i);
  }
}

/** A party "they" may stand for: a group or organisation, or a people named by its plural ("the Americans"). */
function isParty(work: Work, d: Draft): boolean {
  const type = work.clusters.get(d.cluster)!.type;
  return type === 'group' || type === 'organization' || (d.kind === 'adjective' && /s$/.test(d.text));
}

function cataphora(work: Work, i: number, here: Draft[], fits: (d: Draft) => boolean): Draft | undefined {
  const t = work.tokens;
  let k = i + 1;
  while (k < t.length && work.sentenceOf[k] === work.sentenceOf[i] && t[k].key !== ',') k++;
  if (t[k]?.key !== ',') return undefined;
  for (let b = i - 1; b >= 0 && work.sentenceOf[b] === work.sentenceOf[i]; b--) if (t[b].key === ',') return undefined;
  const after = here.find((d) => d.first > k && d.first <= k + 2);
  return after && fits(after) ? after : undefined;
}

function isPerson(work: Work, d: Draft): boolean {
  return work.clusters.get(d.cluster)!.type === 'person' && d.kind !== 'adjective';
}

function latest(work: Work, persons: Draft[], before: number, ok: (c: Cluster) => boolean): string | null {
  for (let k = persons.length - 1; k >= 0; k--) {
    if (persons[k].start < before && ok(work.clusters.get(persons[k].cluster)!)) return persons[k].cluster;
  }
  return null;
}

/** The words of the role the text gives, and of the gazetteer's roles for the person. */
function roleWords(c: Cluster): Set<string> {
  const texts = [c.role?.text ?? '', ...(c.entry?.roles ?? [])];
  return new Set(texts.join(' ').toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean));
}
