/// <reference lib="dom" />
// How an article carries a narrative, as a badge: a word and a colour (never the colour alone), with a title that
// says what the stance means, so a fact-check never reads like a spreader. Any page listing a narrative uses it.
import type { NarrativeStance } from '../core/types.js';
import { h } from './dom.js';

export const STANCES: readonly NarrativeStance[] = ['asserts', 'endorses', 'reports', 'refutes'];

/** What each stance means, for the badge's title (and screen readers, through the visually hidden text). */
export const STANCE_MEANING: Record<NarrativeStance, string> = {
  asserts: "asserts: the outlet says it in its own voice",
  endorses: 'endorses: the outlet quotes someone saying it and agrees',
  reports: 'reports: the outlet quotes someone saying it, without taking a side',
  refutes: 'refutes: the article debunks it (a fact-check or a rebuttal)',
};

export function isStance(value: string): value is NarrativeStance {
  return (STANCES as readonly string[]).includes(value);
}

/** A badge for one stance; an unknown stance (a newer store) shows as it is, in neutral colours. */
export function stanceBadge(stance: string, count?: number): HTMLElement {
  const known = isStance(stance);
  const text = count === undefined ? stance : `${stance} ${count}`;
  const title = known ? STANCE_MEANING[stance] : `stance "${stance}"`;
  // The refuting badge carries a mark too, so it differs from the others in shape as well as in colour.
  return h('span', { class: `stance stance-${known ? stance : 'other'}`, title, 'data-stance': stance }, known && stance === 'refutes' ? '✗ ' : '', text);
}

/** "asserts 3 · reports 1 · ✗ refutes 1": how a narrative's articles carry it, as badges, always in that order. */
export function stanceBadges(stances: { key: string | null; count: number }[]): HTMLElement {
  const rank = (key: string | null) => (key && isStance(key) ? STANCES.indexOf(key) : STANCES.length);
  const sorted = [...stances].sort((a, b) => rank(a.key) - rank(b.key));
  return h('span', { class: 'stances' }, sorted.map((c) => stanceBadge(c.key ?? 'unknown', c.count)));
}
