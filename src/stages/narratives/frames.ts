// Claim frames: who does what to whom within one sentence — agent participant, predicate class, patient participant.
// Word order decides the roles, with the few signs every covered language marks: a passive auxiliary or a
// "product/tool of" noun (subject is the patient), an agent marker ("by", "par", "von", "من قبل"), and the verb at
// the end (German) or at the start (Arabic). Russian order is free: both readings are kept. A frame never reaches
// across a FIGHT cue, so "the US formed a coalition against ISIS" has no US→CREATE→ISIS frame.
import type { Concepts } from './concepts.js';
import { BLOCKING_CLASS } from './lexicon.js';
import { within, type Participant, type Predicate, type Reading } from './reading.js';

export interface Frame {
  agent: Participant;
  cls: string;
  patient: Participant;
  predicate: Predicate;
  negated: boolean;
}

const AGENT_WINDOW = 25;
const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'our', 'leur', 'leurs', 'son', 'sa', 'ses', 'ihre', 'ihren', 'ihrer', 'seine', 'seinen', 'seiner', 'их', 'его', 'ее', 'её']);
const ARTICLES = new Set(['the', 'le', 'la', 'les', 'l', 'die', 'der', 'den', 'dem', 'des', 'al', 'a', 'an']);
const OF = new Set(['of', 'de', 'du', 'des', 'd', 'der']);
const PATIENT_WINDOW = 10;
const COORDINATORS = new Set(['and', 'or', ',', '&', '/', '-', 'и', 'или', 'و', 'او', 'und', 'oder', 'sowie', 'et', 'ou', 'as', 'well', 'also', 'а', 'также', 'its', 'their']);
// Participles, by language: the predicate word after a passive auxiliary must look like one.
const PARTICIPLE: Record<string, RegExp> = {
  en: /(ed|en|wn|lt|ht|un|ne)$/,
  fr: /(e|ee|es|ees|i|is|u|us|t|te)$/,
  de: /^(ge|er|ver|be|zer|ent)|(t|en)$/,
  ru: /(н|на|ны|но|т|та|ты|нный|нная|нные|нного)$/,
};

export function findFrames(r: Reading, from: number, to: number, concepts: Concepts): Frame[] {
  const parts = within(r.participants, from, to);
  const preds = within(r.predicates, from, to);
  const blockers = preds.filter((p) => p.cls === BLOCKING_CLASS);
  const marks = within(r.marks, from, to);
  const out: Frame[] = [];
  for (const p of preds) {
    if (p.cls === BLOCKING_CLASS) continue;
    // "with their backing", "его поддержка": the agent is a pronoun this stage does not resolve.
    if (POSSESSIVES.has(r.tokens[p.from - 1]?.keys[0] ?? '')) continue;
    const blocked = (x: Participant) => blockers.some((b) => (b.from >= x.to && b.to <= p.from) || (b.from >= p.to && b.to <= x.from));
    const before = groups(r, parts.filter((x) => x.to <= p.from && p.from - x.to <= AGENT_WINDOW && !blocked(x)).reverse());
    const after = groups(r, parts.filter((x) => x.from >= p.to && x.from - p.to <= AGENT_WINDOW && !blocked(x)));
    // A cue that names its patient ("undermined counter-terrorism"): the agent is one of the groups before it, and
    // the patient is the group of that class the text last named ("… against ISIS. … undermined counter-terrorism").
    const roles: [Participant[], Participant[]][] = p.implies
      ? before.map((g) => [g, [implied(r, p, p.implies!, concepts)]])
      : assign(r, p, before, after, marks);
    for (const [agents, patients] of roles) {
      const targets = p.implies ? patients : patients.filter((x) => distance(x, p) <= PATIENT_WINDOW);
      const negated = marks.some((m) => m.kind === 'negation' && m.to <= p.from && p.from - m.to <= 2);
      for (const agent of agents) {
        if (!agent.actor) continue;
        for (const patient of targets) {
          if (concepts.related(agent.id, patient.id)) continue;
          out.push({ agent, cls: p.cls, patient, predicate: p, negated });
        }
      }
    }
  }
  return out;
}

const CONTEXT = 150;

function implied(r: Reading, p: Predicate, cls: string, concepts: Concepts): Participant {
  const named = within(r.participants, Math.max(0, p.from - CONTEXT), p.from).filter((x) => x.concepts.includes(cls) && x.id !== cls).pop();
  return named ? { ...named, from: p.to, to: p.to } : { from: p.to, to: p.to, id: cls, concepts: concepts.of(cls), actor: true };
}

/** Candidate (agents, patients) readings for one predicate, from the participant groups on each side. */
function assign(r: Reading, p: Predicate, before: Participant[][], after: Participant[][], marks: Reading['marks']): [Participant[], Participant[]][] {
  const passive = p.passive || isPassive(r, p, marks);
  const b0 = before[0];
  const a0 = after[0];
  // "by the US" names the agent of a passive ("was created by", "created by" right after the verb) or of the noun
  // itself ("the release of Daesh … by the United States"), not of a noun phrase further on ("does not support the
  // defeat of ISKP by the Islamic Emirate", where the predicate is the whole cue).
  const nominal = OF.has(r.tokens[p.to]?.keys[0] ?? '');
  const marker = (g: Participant[]) => marks.find((m) => m.kind === 'agent-marker' && m.to <= g[0].from && g[0].from - m.to <= 1);
  const marked = [...before, ...after].find((g) => {
    const m = marker(g);
    return m && (passive || nominal || !b0 || (g === a0 && m.from - p.to <= 1));
  });
  if (marked) {
    const others = [...before, ...after].filter((g) => g !== marked).sort((a, b) => distance(a[0], p) - distance(b[0], p));
    return others.length ? [[marked, others[0]]] : [];
  }
  let reading: [Participant[], Participant[]] | null = null;
  if (b0 && a0) reading = passive ? [a0, b0] : [b0, a0];
  else if (b0 && before[1]) reading = passive ? [b0, before[1]] : [before[1], b0]; // verb last: "dass die USA den IS gegründet haben"
  else if (a0 && after[1]) reading = passive ? [after[1], a0] : [a0, after[1]]; // verb first: "أنشأت الولايات المتحدة داعش"
  else if (b0) reading = passive ? null : [b0, []];
  else if (a0) reading = passive ? [a0, []] : null;
  if (!reading) return [];
  // Russian word order is free ("ИГИЛ создали американцы"): keep the other reading too.
  return r.language === 'ru' && reading[1].length ? [reading, [reading[1], reading[0]]] : [reading];
}

function isPassive(r: Reading, p: Predicate, marks: Reading['marks']): boolean {
  const aux = marks.some((m) => m.kind === 'passive' && m.to <= p.from && p.from - m.to <= 2);
  if (!aux) return false;
  if (r.language === 'ar') return true;
  const word = r.tokens[p.to - 1]?.keys[0] ?? '';
  const shape = PARTICIPLE[r.language];
  return shape ? shape.test(word) : true;
}

/** Consecutive participants joined only by "and", commas and the like form one group (nearest first). */
function groups(r: Reading, ordered: Participant[]): Participant[][] {
  const out: Participant[][] = [];
  for (const x of ordered) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && joined(r, prev, x)) last.push(x);
    else out.push([x]);
  }
  return out;
}

function joined(r: Reading, a: Participant, b: Participant): boolean {
  const [lo, hi] = a.from < b.from ? [a, b] : [b, a];
  // Side by side: one name ("US Army"), except in Arabic, where the subject follows the verb and the object
  // follows the subject ("أنشأت الولايات المتحدة داعش") unless "و" (and) joins them.
  if (lo.to >= hi.from) return r.language !== 'ar' || r.tokens[hi.from]?.raw.startsWith('و');
  let coordinated = false;
  for (let i = lo.to; i < hi.from; i++) {
    const key = r.tokens[i].keys[0];
    if (COORDINATORS.has(key)) coordinated = true;
    else if (!ARTICLES.has(key)) return false;
  }
  return coordinated;
}

function distance(x: Participant, p: Predicate): number {
  return x.to <= p.from ? p.from - x.to : x.from - p.to;
}
