// One cue hit → votes: the role each actor in the cue's slots gets, with the span that shows it.
import type { FramingRole, Span } from '../../core/types.js';
import type { Clause, MentionRef } from './clause.js';
import type { CueHit } from './match.js';
import { labelTarget } from './label.js';
import { agentAfter, objectAfter, subjectBefore } from './slots.js';
import { fineRoleFor, type RoleGift } from './taxonomy.js';

export interface Vote {
  entityId: string;
  role: FramingRole;
  fineRole: string;
  weight: number;
  spans: Span[];
  /** Why, for the explanation: 'agent of “created”'. */
  reason: string;
}

export interface VoteContext {
  text: string;
  /** Whether the entity is framed by a cue at `cue` about its mention `at` (a main actor, neither inside its own quote). */
  isActor(entityId: string, at: Span, cue: Span): boolean;
  /** Extra weight of a cue in the headline. */
  boost: number;
}

// An actor further than this from its cue (reached through "they", a relative clause, a long subject) is shown as
// two spans, the mention and the cue, rather than the stretch between them.
const MAX_GAP = 60;

function negated(c: Clause, first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 2); j--) {
    const w = c.tokens[j].lower;
    if (c.grammar.negations.has(w) || w.endsWith("n't")) return true;
  }
  return false;
}

function passive(c: Clause, first: number): boolean {
  if (c.tokens[first].lower.endsWith('ing')) return false;
  for (let j = first - 1; j >= Math.max(0, first - 2); j--) {
    if (c.mentionAt[j]) return false;
    if (c.grammar.be.has(c.tokens[j].lower)) return true;
  }
  return false;
}

/** The agents, patients and label targets of a hit; empty where its conditions fail. */
function slotsOf(c: Clause, hit: CueHit): { agents: MentionRef[]; patients: MentionRef[]; targets: MentionRef[] } {
  const none = { agents: [], patients: [], targets: [] };
  const { entry, first, last } = hit;
  if (entry.kind === 'label') return { ...none, targets: labelTarget(c, first, last) };
  if (negated(c, first)) return none;
  let agents: MentionRef[];
  let patients: MentionRef[];
  if (entry.kind === 'verb') {
    // "their attacks", "the occupied territories": a verb form after a determiner is a noun or an adjective.
    if (first > 0 && c.grammar.determiners.has(c.tokens[first - 1].lower)) return none;
    if (passive(c, first)) {
      patients = subjectBefore(c, first);
      agents = agentAfter(c, last + 1);
    } else {
      agents = subjectBefore(c, first);
      patients = objectAfter(c, last, new Set(agents.map((a) => a.entity.id)));
    }
  } else {
    patients = objectAfter(c, last, new Set());
    const after = patients.length ? Math.max(...patients.map((p) => p.last)) + 1 : last + 1;
    agents = agentAfter(c, after);
    if (!agents.length) agents = subjectBefore(c, first);
  }
  const patientIds = new Set(patients.map((p) => p.entity.id));
  agents = agents.filter((a) => !patientIds.has(a.entity.id));
  if (entry.patientTypes && !patients.some((p) => entry.patientTypes!.includes(p.entity.type))) return none;
  return { agents, patients, targets: [] };
}

/**
 * The spans that show an actor in a cue: one stretch from the actor to the act where they are close; else the
 * mention and the act apart. Reached through a pronoun, the clause from the pronoun ("they imposed sanctions on the
 * IEA"); the explanation names the pronoun.
 */
function evidence(mention: Span, via: Span | undefined, act: Span): Span[] {
  if (via) return distance(via, act) <= MAX_GAP ? [cover(via, act)] : [act];
  return distance(mention, act) <= MAX_GAP ? [cover(mention, act)] : [mention, act];
}

/** Where a mention stands in its clause: the pronoun it was reached through, or itself. */
function anchor(ref: MentionRef): Span {
  return ref.via ?? { start: ref.mention.start, end: ref.mention.end };
}

function distance(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

export function votesFor(c: Clause, hit: CueHit, ctx: VoteContext): Vote[] {
  const { entry } = hit;
  const cue: Span = { start: c.tokens[hit.first].start, end: c.tokens[hit.last].end };
  const cueText = ctx.text.slice(cue.start, cue.end);
  const { agents, patients, targets } = slotsOf(c, hit);
  // An agent's evidence runs to the patient ("they imposed sanctions on the IEA"): what was done, to whom.
  const patient = entry.patientTypes ? patients.find((p) => entry.patientTypes!.includes(p.entity.type)) : patients[0];
  const object = patient ? anchor(patient) : undefined;
  const votes: Vote[] = [];
  const give = (refs: MentionRef[], gift: RoleGift | null, reason: string, withObject: boolean) => {
    if (!gift) return;
    for (const ref of refs) {
      if (!ctx.isActor(ref.entity.id, ref.mention, cue) || votes.some((v) => v.entityId === ref.entity.id)) continue;
      const act = withObject && object && distance(object, cue) <= MAX_GAP ? cover(cue, object) : cue;
      const spans = evidence({ start: ref.mention.start, end: ref.mention.end }, ref.via, act);
      const fineRole = fineRoleFor(gift, ref.entity.type);
      const through = ref.via ? ` through “${ctx.text.slice(ref.via.start, ref.via.end)}”` : '';
      votes.push({ entityId: ref.entity.id, role: gift.role, fineRole, weight: entry.weight * ctx.boost, spans, reason: `${reason} “${cueText}”${through}` });
    }
  };
  give(agents, entry.agent, 'agent of', true);
  give(patients, entry.patient, 'target of', false);
  give(targets, entry.target, 'called', false);
  return votes;
}
