// Votes for one actor → its framing: the role with most weight, the fine role with most weight within it.
import type { Framing, FramingRole, Span } from '../../core/types.js';
import type { Support } from './support.js';
import { FINE_ROLES } from './taxonomy.js';
import type { Vote } from './votes.js';

// Ties go to the role an analyst most needs to see: the villain first, then the victim.
const TIE_ORDER: readonly FramingRole[] = ['antagonist', 'innocent', 'protagonist'];
const round = (x: number) => Math.round(x * 1000) / 1000;

interface Tally {
  weight: number;
  fine: Map<string, number>;
}

function tally(votes: readonly Vote[]): Map<FramingRole, Tally> {
  const byRole = new Map<FramingRole, Tally>();
  for (const v of votes) {
    const t = byRole.get(v.role) ?? { weight: 0, fine: new Map<string, number>() };
    t.weight += v.weight;
    t.fine.set(v.fineRole, (t.fine.get(v.fineRole) ?? 0) + v.weight);
    byRole.set(v.role, t);
  }
  return byRole;
}

function reasons(list: readonly string[], max = 6): string {
  const counts = new Map<string, number>();
  for (const r of list) counts.set(r, (counts.get(r) ?? 0) + 1);
  const parts = [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r));
  return parts.length > max ? `${parts.slice(0, max).join('; ')}; …` : parts.join('; ');
}

/**
 * The framing of one actor, or null when its best role weighs less than `minWeight`. Technique support adds to the
 * winning role (it says how strongly, not which way). Score: the winning role's share of all weight, damped when
 * there is little of it — (share) × (1 − e^(−weight)): one plain cue gives 0.63, three agreeing cues 0.95.
 */
export function frame(entityId: string, votes: readonly Vote[], support: readonly Support[], minWeight: number): Framing | null {
  if (!votes.length) return null;
  const byRole = tally(votes);
  const [role, best] = [...byRole].sort((a, b) => b[1].weight - a[1].weight || TIE_ORDER.indexOf(a[0]) - TIE_ORDER.indexOf(b[0]))[0];
  if (best.weight < minWeight) return null;
  const fineOrder = FINE_ROLES[role];
  const [fineRole] = [...best.fine].sort((a, b) => b[1] - a[1] || fineOrder.indexOf(a[0]) - fineOrder.indexOf(b[0]))[0];
  const boost = support.reduce((n, s) => n + s.weight, 0);
  const total = [...byRole.values()].reduce((n, t) => n + t.weight, 0) + boost;
  const weight = best.weight + boost;
  const score = round((weight / total) * (1 - Math.exp(-weight)));

  const chosen = votes.filter((v) => v.role === role);
  const spans = new Map<string, Span>();
  for (const s of [...chosen.flatMap((v) => v.spans), ...support.map((s) => s.span)]) spans.set(`${s.start}:${s.end}`, s);
  const evidence = [...spans.values()].sort((a, b) => a.start - b.start || a.end - b.end);

  const others = [...byRole]
    .filter(([r]) => r !== role)
    .map(([r, t]) => `${r} ${round(t.weight)}`)
    .join(', ');
  const techniques = support.length ? `; techniques: ${reasons(support.map((s) => s.reason), 3)}` : '';
  const explanation = `${role} (${fineRole}), weight ${round(weight)}: ${reasons(chosen.map((v) => v.reason))}${techniques}${others ? `. Other readings: ${others}` : ''}.`;
  return { entityId, role, fineRole, score, evidence, explanation };
}
