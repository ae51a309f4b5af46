// Reader views of the techniques and framing layers, shared by the Markdown and HTML reports.
import type { Doc, Entity, Framing, Technique } from '../core/types.js';

/**
 * Technique spans scoring below this are not shown in reports (they stay in the JSON). The model keeps low-scored
 * spans (0.07–0.2) for recall in the span-identification eval; at 0.3 and above what remains are the cue rules and
 * the confident model spans. Reports say how many were hidden.
 */
export const DISPLAY_MIN_SCORE = 0.3;

/** Technique families, one colour and line style each in the HTML report. */
export type Family = 'wording' | 'reasoning' | 'appeal';

const FAMILIES: Record<string, Family> = {
  Loaded_Language: 'wording',
  'Name_Calling,Labeling': 'wording',
  'Exaggeration,Minimisation': 'wording',
  Repetition: 'wording',
  Slogans: 'wording',
  Doubt: 'reasoning',
  Causal_Oversimplification: 'reasoning',
  'Black-and-White_Fallacy': 'reasoning',
  'Whataboutism,Straw_Men,Red_Herring': 'reasoning',
  'Thought-terminating_Cliches': 'reasoning',
  'Appeal_to_fear-prejudice': 'appeal',
  Appeal_to_Authority: 'appeal',
  'Flag-Waving': 'appeal',
  'Bandwagon,Reductio_ad_hitlerum': 'appeal',
};

export const FAMILY_LABELS: Record<Family, string> = {
  wording: 'wording (loaded language, labels, exaggeration, repetition, slogans)',
  reasoning: 'reasoning (doubt, oversimplification, false dilemma, whataboutism, clichés)',
  appeal: 'appeals (fear, authority, flag-waving, bandwagon)',
};

export function familyOf(technique: string): Family {
  return FAMILIES[technique] ?? 'wording';
}

export interface TechniqueSummary {
  technique: string;
  family: Family;
  count: number;
  best: number;
}

export interface TechniquesView {
  shown: Technique[];
  hidden: number;
  summary: TechniqueSummary[];
}

/** The spans worth showing (score ≥ DISPLAY_MIN_SCORE) in text order, a count per technique, and how many were hidden. */
export function techniquesView(doc: Doc, minScore = DISPLAY_MIN_SCORE): TechniquesView {
  const all = doc.layers.techniques ?? [];
  const shown = all.filter((t) => t.score >= minScore).sort((a, b) => a.start - b.start || b.end - a.end);
  const byName = new Map<string, TechniqueSummary>();
  for (const t of shown) {
    const s = byName.get(t.technique) ?? { technique: t.technique, family: familyOf(t.technique), count: 0, best: 0 };
    s.count++;
    s.best = Math.max(s.best, t.score);
    byName.set(t.technique, s);
  }
  const summary = [...byName.values()].sort((a, b) => b.count - a.count || b.best - a.best || a.technique.localeCompare(b.technique));
  return { shown, hidden: all.length - shown.length, summary };
}

export interface FramingView extends Framing {
  actor: Entity | null;
  name: string;
}

/** Framed actors with their entity, strongest first. */
export function framingView(doc: Doc): FramingView[] {
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  return (doc.layers.framing ?? [])
    .map((f) => {
      const actor = entities.get(f.entityId) ?? null;
      return { ...f, actor, name: actor?.canonical ?? f.entityId };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
