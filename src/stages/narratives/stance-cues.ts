// The stance rules' own cue list (data/stance-cues.yml): more verdict, speech, hearsay and agreement phrases for the
// kinds of cues.yml, and the kinds only the stance rules read (claim nouns, findings, contrast openers, attributions
// that point back, fact-check labels). Matched over the reading's tokens once per document.
import { readKnowledgeFile } from '../../knowledge/yaml.js';
import type { Entity } from '../../core/types.js';
import { ClaimtrailError } from '../../core/errors.js';
import { LANGUAGES } from './lexicon.js';
import { compileMatcher, longestFirst, parsePhrase, type Matcher } from './matcher.js';
import type { Mark, Reading } from './reading.js';
import { tokenAt, type Token } from './tokens.js';

/** Kinds shared with cues.yml (they join the reading's marks) and kinds of the stance rules alone. */
export const SHARED_KINDS = ['refute', 'report', 'endorse', 'negation'] as const;
export const OWN_KINDS = ['claim-noun', 'finding-agent', 'finding-verb', 'finding-reject', 'contrast', 'report-back', 'label', 'not-report', 'claim-label', 'view-of', 'answer-no', 'speaker-role', 'not-speaker', 'not-negation', 'russia-name', 'blame', 'answer-label', 'question-label', 'interview', 'unverified', 'believer', 'evidence-noun', 'present-verb', 'absence-stress', 'as-proof', 'right-word', 'doubt', 'verdict-attribute', 'information-noun', 'view-verb', 'view-complement', 'work-title', 'denial-noun', 'independent', 'confirm-noun', 'not-verdict', 'lie-noun', 'conclusion-label'] as const;
export type StanceCueKind = (typeof SHARED_KINDS)[number] | (typeof OWN_KINDS)[number];

export interface StanceCue {
  from: number;
  to: number;
  kind: StanceCueKind;
  id: string;
}

interface Entry {
  kind: StanceCueKind;
  id: string;
  phrases: Record<string, string[]>;
}

const FILE = new URL('./data/stance-cues.yml', import.meta.url);
// The scope cues (litotes, idioms with a negation, agreement and verdicts told otherwise, blame): same shape, own file.
const FILES = [FILE, new URL('./data/stance-scope.yml', import.meta.url)];
const KINDS: readonly string[] = [...SHARED_KINDS, ...OWN_KINDS];

let entries: Entry[] | null = null;
const matchers = new Map<string, Matcher<{ kind: StanceCueKind; id: string }>>();

/** The entries of data/stance-cues.yml, checked once: every problem names the file and the entry. */
export function loadStanceCues(): Entry[] {
  if (entries) return entries;
  entries = FILES.flatMap((file) => {
    const value = readKnowledgeFile(file);
    if (!Array.isArray(value)) fail('expected a list of entries', file);
    return (value as unknown[]).map((raw) => entry(raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}, file));
  });
  return entries;
}

function entry(raw: Record<string, unknown>, file: URL): Entry {
  for (const field of ['id', 'kind', 'source', 'note']) {
    if (typeof raw[field] !== 'string' || !(raw[field] as string).trim()) fail(`entry "${String(raw.id ?? '?')}" needs "${field}"`, file);
  }
  const id = (raw.id as string).trim();
  const kind = (raw.kind as string).trim();
  if (!KINDS.includes(kind)) fail(`entry "${id}": kind must be one of ${KINDS.join(', ')}`, file);
  const cues = raw.cues;
  if (!cues || typeof cues !== 'object' || Array.isArray(cues)) fail(`entry "${id}" needs "cues" by language`, file);
  const phrases: Record<string, string[]> = {};
  for (const [language, list] of Object.entries(cues as Record<string, unknown>)) {
    if (!LANGUAGES.includes(language)) fail(`entry "${id}": unknown language "${language}"`, file);
    if (!Array.isArray(list)) fail(`entry "${id}", cues.${language}: expected a list`, file);
    phrases[language] = list.map(String);
    for (const phrase of phrases[language]) {
      try {
        parsePhrase(phrase);
      } catch (error) {
        fail(`entry "${id}", cues.${language}: ${(error as Error).message}`, file);
      }
    }
  }
  return { kind: kind as StanceCueKind, id, phrases };
}

function fail(detail: string, file: URL = FILE): never {
  throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file.pathname, detail });
}

function matcher(language: string): Matcher<{ kind: StanceCueKind; id: string }> {
  let m = matchers.get(language);
  if (!m) {
    const list: { phrase: string; payload: { kind: StanceCueKind; id: string } }[] = [];
    for (const e of loadStanceCues()) {
      const payload = { kind: e.kind, id: e.id };
      for (const phrase of e.phrases[language] ?? []) list.push({ phrase, payload });
    }
    m = compileMatcher(list);
    matchers.set(language, m);
  }
  return m;
}

const cache = new WeakMap<Reading, StanceCue[]>();
// "…, so der Sprecher" / "…, so Lawrow" attributes; "so dass", "so wie" do not.
const SO_SPEAKER = new Set(['der', 'die', 'das', 'ein', 'eine', 'laut']);

/**
 * The stance cues of a reading, sorted by start. Like the reading's own marks, a cue inside a multi-word name
 * (past its first word) is the name's, and the longest of overlapping cues of one kind wins.
 */
export function stanceCues(reading: Reading, entities?: readonly Entity[]): StanceCue[] {
  const cached = cache.get(reading);
  if (cached) return cached;
  const hits = matcher(reading.language).all(reading.tokens);
  const cover = nameCover(reading.tokens, entities);
  const out: StanceCue[] = [];
  for (const kind of KINDS) {
    for (const h of longestFirst(hits.filter((x) => x.payload.kind === kind))) {
      // A cue's own words are its ends (a gap "wirft … vor" may hold a name).
      if (cover[h.from] === 1 || cover[h.to - 1] === 1) continue;
      if (h.payload.id === 'report-so' && !speakerAfter(reading.tokens, h.to)) continue;
      out.push({ from: h.from, to: h.to, kind: h.payload.kind, id: h.payload.id });
    }
  }
  out.sort((a, b) => a.from - b.from || a.to - b.to);
  cache.set(reading, out);
  return out;
}

function speakerAfter(tokens: Token[], at: number): boolean {
  const next = tokens[at];
  return !!next && next.word && (/^\p{Lu}/u.test(next.raw) || SO_SPEAKER.has(next.keys[0]));
}

/**
 * The marks of the reading with this file's shared-kind cues added, sorted by start; a speech cue inside a
 * "not-report" phrase ("selon le scénario", "according to plan") and a negation inside a "not-negation" phrase
 * ("no doubt", "nothing but", "لا … إلا", "months, not decades") are dropped.
 */
export function withStanceCues(reading: Reading, cues: readonly StanceCue[]): Mark[] {
  const extra: Mark[] = [];
  for (const c of cues) if (c.kind === 'refute' || c.kind === 'report' || c.kind === 'endorse' || c.kind === 'negation') extra.push({ from: c.from, to: c.to, kind: c.kind, id: c.id });
  extra.push(...presentedAsProof(reading.tokens, cues));
  // "Захарова права: …", "The envoy is right: …": "right" closing a headline's speaker before the colon agrees with them.
  for (const c of cues) if (c.kind === 'right-word' && reading.tokens[c.to]?.raw === ':') extra.push({ from: c.from, to: c.to, kind: 'endorse', id: 'endorse-agree' });
  // Blame cast on Russia ("blame Moscow for the hunger") is the rival's answer, not someone's telling of the claim.
  const voids = cues.filter((c) => c.kind === 'not-report' || (c.kind === 'blame' && blamesRussia(cues, c, reading.tokens, reading.language)));
  // An agreement cue holds its own negation ("трудно не согласиться", "n'a pas tort"): it denies nothing.
  const affirms = cues.filter((c) => c.kind === 'not-negation' || c.kind === 'endorse');
  // "Could not be independently verified", "не удалось независимо проверить": the outlet keeps its distance from a
  // claim it passes on, it gives no verdict; the verdict or negation words inside are no debunk.
  const unverified = unverifiedCues(reading, cues, extra);
  // "reprennent sans vérification", "the answer lies elsewhere": a verdict word that is no verdict here.
  const notVerdicts = cues.filter((c) => c.kind === 'not-verdict' && !(c.id === 'lie-place' && cues.some((d) => d.kind === 'lie-noun' && d.to === c.from)));
  const inside = (list: readonly StanceCue[], m: Mark) => list.some((v) => v.from <= m.from && m.to <= v.to);
  // "أقمار صناعية ترى لوحة سيارة": a verb of seeing is speech only with what is seen as a view after it (أن, في).
  const sights = cues.filter((c) => c.kind === 'view-verb' && !cues.some((x) => x.kind === 'view-complement' && x.from >= c.to && x.from - c.to <= VIEW_REACH && !reading.tokens.slice(c.to, x.from).some((t) => VIEW_BREAK.test(t.raw))));
  // "رواية يصعب دحضها", "schwer zu widerlegen", "hard to refute": the verdict word inside an agreement cue grants the claim.
  const agreements = cues.filter((c) => c.kind === 'endorse');
  const kept = (m: Mark) =>
    (m.kind !== 'report' || (!inside(voids, m) && !inside(sights, m))) &&
    (m.kind !== 'negation' || (!inside(affirms, m) && !inside(unverified, m))) &&
    (m.kind !== 'refute' || (!inside(unverified, m) && !inside(agreements, m) && !inside(notVerdicts, m)));
  const marks = [...reading.marks, ...extra].filter(kept);
  return [...marks, ...unsupported(reading.tokens, cues, marks)].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** How far after a verb of seeing its view may open, in its clause ("يرى باحث في أحد مراكز الدراسات في موسكو أن …"). */
const VIEW_REACH = 12;
const VIEW_BREAK = /^[,،;:.!?؟–—]$/u;

/** How many tokens the thing shown may take between a verb of showing and "as proof" ("brandit des factures et des organigrammes comme la preuve"). */
const PRESENTED_REACH = 12;

/**
 * A verb of showing and "as proof" after it in one sentence ("Moscou brandit des factures … comme la preuve que …",
 * "Moscow holds up invoices as proof that …", "Москва приводит счета как доказательство того, что …"): a speech cue from
 * the verb to the phrase, so the claim after it is the presenter's.
 */
function presentedAsProof(tokens: readonly Token[], cues: readonly StanceCue[]): Mark[] {
  const out: Mark[] = [];
  for (const proof of cues.filter((c) => c.kind === 'as-proof')) {
    const verb = cues.find((c) => c.kind === 'present-verb' && c.to <= proof.from && proof.from - c.to <= PRESENTED_REACH && !tokens.slice(c.to, proof.from).some((t) => /^[.!?;:]$/u.test(t.raw)));
    if (verb) out.push({ from: verb.from, to: proof.to, kind: 'report', id: 'report-speech' });
  }
  return out;
}

/**
 * The outlet's verification disclaimers in the reading: the unverified phrases and the confirmation nouns beside an
 * independence word (`unconfirmed`). `extra`: negation marks of the stance cues, besides the reading's own.
 */
export function unverifiedCues(reading: Reading, cues: readonly StanceCue[], extra: readonly Mark[] = cues.flatMap((c) => (c.kind === 'negation' ? [{ from: c.from, to: c.to, kind: c.kind, id: c.id }] : []))): StanceCue[] {
  return [...cues.filter((c) => c.kind === 'unverified'), ...unconfirmed(reading.tokens, cues, [...reading.marks, ...extra])];
}

/** How many words may stand between an independence word and its confirmation noun ("independent official confirmation"). */
const INDEPENDENT_GAP = 1;

/**
 * A wire disclaimer told with a noun: a confirmation or verification noun beside an independence word, with the
 * negation of its clause ("There was no independent confirmation of the shipments", "Независимых подтверждений поставок
 * … не поступало", "Eine unabhängige Bestätigung dafür gibt es nicht", "Aucune confirmation indépendante n'a été
 * apportée", "لم يصدر أي تأكيد مستقل"): the outlet keeps its distance from a claim it passes on, as with "could not be
 * independently verified" (kind unverified), so the verdict and negation words inside are dropped.
 */
function unconfirmed(tokens: readonly Token[], cues: readonly StanceCue[], marks: readonly Mark[]): StanceCue[] {
  const out: StanceCue[] = [];
  const negations = marks.filter((m) => m.kind === 'negation' && m.id !== 'negation-denial');
  const words = (from: number, to: number) => tokens.slice(from, to).filter((t) => t.word).length;
  const broken = (from: number, to: number) => tokens.slice(from, to).some((t) => CLAUSE_BREAK.test(t.raw));
  for (const noun of cues.filter((c) => c.kind === 'confirm-noun')) {
    const near = (c: StanceCue) => c.kind === 'independent' && ((c.to <= noun.from && words(c.to, noun.from) <= INDEPENDENT_GAP && !broken(c.to, noun.from)) || (c.from >= noun.to && words(noun.to, c.from) <= INDEPENDENT_GAP && !broken(noun.to, c.from)));
    const independent = cues.find(near);
    if (!independent) continue;
    let from = Math.min(independent.from, noun.from);
    let to = Math.max(independent.to, noun.to);
    const before = negations.filter((n) => n.to <= from && from - n.to <= EVIDENCE_REACH && !broken(n.to, from)).at(-1);
    const after = negations.find((n) => n.from >= to && n.from - to <= EVIDENCE_REACH && !broken(to, n.from));
    if (before) from = before.from;
    if (after) to = after.to;
    out.push({ from, to, kind: 'unverified', id: 'unconfirmed' });
  }
  return out;
}

/** How far after an evidence noun its negation may stand ("Belege dafür gibt es bis heute nicht"). */
const EVIDENCE_REACH = 6;
const CLAUSE_BREAK = /^[,،;:.!?–—]$/u;

/**
 * An evidence noun and an own-voice negation after it in one clause ("Belege dafür gibt es bis heute nicht",
 * "доказательств этому так и не нашли", "evidence for it has never been found"): a verdict that the claim is
 * unsupported, read as refute-debunk (so stance-verdict.ts judges whose verdict it is, like any other).
 */
function unsupported(tokens: readonly Token[], cues: readonly StanceCue[], marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  const negations = marks.filter((m) => m.kind === 'negation' && m.id !== 'negation-denial');
  for (const noun of cues.filter((c) => c.kind === 'evidence-noun')) {
    if (marks.some((m) => m.kind === 'refute' && m.from <= noun.from && noun.to <= m.to)) continue;
    // Only a negation after the noun: "no evidence", "нет доказательств", "keine Belege" are cues.yml's fixed verdicts
    // already, and other negations before it ("ни одного доказательства" of a rival's charge, "nobody can deny the
    // evidence") are as often the narrative's own voice.
    const neg = negations.find((n) => n.from >= noun.to && n.from - noun.to <= EVIDENCE_REACH && !tokens.slice(noun.to, n.from).some((t) => CLAUSE_BREAK.test(t.raw)));
    // "Доказательств журналистам представлено не было", "provided no evidence": none was given, an aside on the speaker, no
    // verdict, unless stressed ("bis heute nicht vorgelegt", "так и не представлено", "no solid proof was ever produced").
    if (neg) {
      const shown = cues.some((c) => c.kind === 'present-verb' && c.from >= noun.from - 1 && c.to <= neg.to + 1);
      if (!shown || stressed(tokens, cues, noun.from, neg.to)) out.push({ from: noun.from, to: neg.to, kind: 'refute', id: 'refute-debunk' });
      continue;
    }
    // The negation first: "Moscow has not produced any evidence", "لم يقدم أي دليل", "не представил никаких
    // доказательств"; only with a verb of showing and stressed, as above (a bare "did not show the evidence" may be anyone's).
    const first = negations.find((n) => n.to <= noun.from && noun.from - n.to <= EVIDENCE_REACH && !tokens.slice(n.to, noun.from).some((t) => CLAUSE_BREAK.test(t.raw)));
    if (!first) continue;
    // The verb between them or after the noun ("no solid proof of that was ever produced").
    const verb = cues.find((c) => c.kind === 'present-verb' && c.from >= first.to && c.to <= noun.to + EVIDENCE_REACH && !tokens.slice(noun.to, c.from).some((t) => CLAUSE_BREAK.test(t.raw)));
    const end = Math.max(noun.to, verb?.to ?? 0);
    if (verb && stressed(tokens, cues, first.from, end)) out.push({ from: first.from, to: end, kind: 'refute', id: 'refute-debunk' });
  }
  return out;
}

/** How far before an evidence noun (or after its negation) a stress word may stand ("Stichhaltige Beweise", "не было никогда"). */
const STRESS_REACH = 2;

/** A word stressing that the evidence is missing or weightless in the clause of tokens from … to (data/stance-cues.yml absence-stress). */
function stressed(tokens: readonly Token[], cues: readonly StanceCue[], from: number, to: number): boolean {
  return cues.some(
    (c) =>
      c.kind === 'absence-stress' &&
      c.from >= from - STRESS_REACH &&
      c.to <= to + STRESS_REACH &&
      !tokens.slice(Math.min(c.from, from), Math.max(c.to, to)).some((t) => CLAUSE_BREAK.test(t.raw)),
  );
}

/** How many tokens after a blame verb its object may start ("blame Moscow", "تحمّل موسكو", "accusent la Russie"). */
const BLAME_OBJECT = 3;

// Russian puts the object first as readily: an accusative name ("Москву", "Россию") just before the verb is its object.
const ACCUSATIVE_RU = /(?:у|ю)$/u;

/**
 * A blame cue whose object, right after its verb (or, in Russian, an accusative just before), names Russia. The
 * object comes first: deep in a gap Russia is what the accusation is about ("wirft der NATO Einkreisung Russlands
 * vor"), not who is blamed.
 */
function blamesRussia(cues: readonly StanceCue[], blame: StanceCue, tokens: readonly Token[], language: string): boolean {
  // Arabic puts the subject right after the verb: a role between the verb and the name ("اتهم السفير الروسي …", "the
  // Russian ambassador accused …") is the accuser the name qualifies, not the blamed party.
  const accuser = (c: StanceCue) => language === 'ar' && cues.some((r) => r.kind === 'speaker-role' && r.from >= blame.to && r.to <= c.from);
  return cues.some(
    (c) =>
      c.kind === 'russia-name' &&
      !accuser(c) &&
      ((c.from > blame.from && c.from <= blame.from + BLAME_OBJECT) || (c.to <= blame.from && blame.from - c.to < BLAME_OBJECT && ACCUSATIVE_RU.test(tokens[c.to - 1]?.raw ?? '') && /[\u0400-\u04ff]/u.test(tokens[c.to - 1]?.raw ?? ''))),
  );
}

function nameCover(tokens: Token[], entities?: readonly Entity[]): Uint8Array {
  const cover = new Uint8Array(tokens.length);
  for (const e of entities ?? []) {
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      const from = tokenAt(tokens, m.start);
      const to = Math.max(from + 1, tokenAt(tokens, m.end));
      if (to - from > 1) cover.fill(1, from + 1, Math.min(to, tokens.length));
    }
  }
  return cover;
}
