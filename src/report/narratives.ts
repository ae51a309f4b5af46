// Narratives and catalogued cases, shared by the Markdown and HTML reports.
import type { CaseMatch, Doc, NarrativeMatch } from '../core/types.js';

/** How a stance reads in a report: the outlet's own voice, someone it quotes, or a debunk. */
export const STANCE_LABELS: Record<NarrativeMatch['stance'], string> = {
  asserts: "asserts it (the outlet's own voice)",
  endorses: 'endorses someone asserting it (agrees with what it reports)',
  reports: 'reports someone asserting it',
  refutes: 'refutes it',
};

/** The narrative matches, strongest first, and the closest cases (the stage already keeps only the best few). */
export function narrativesView(doc: Doc): { narratives: NarrativeMatch[]; cases: CaseMatch[] } {
  const narratives = [...(doc.layers.narratives ?? [])].sort((a, b) => b.score - a.score);
  return { narratives, cases: doc.layers.cases ?? [] };
}
