// The highlights of the article view: the report's marks (src/report/highlight.ts, the same code the HTML report
// uses) plus framing and narrative evidence, each mark assigned to the layer its toggle shows or hides.
import type { Doc } from '../core/types.js';
import { spineMarks, techniqueMarks, type Mark } from '../report/highlight.js';
import { framingView } from '../report/persuasion.js';

export const LAYERS = [
  { key: 'quotes', label: 'Speakers and quotes', classes: ['quote', 'cue', 'speaker', 'venue'] },
  { key: 'claims', label: 'Claims by voice', classes: ['claim'] },
  { key: 'entities', label: 'Entities', classes: ['entity'] },
  { key: 'techniques', label: 'Techniques', classes: ['tech'] },
  { key: 'framing', label: 'Framing', classes: ['role'] },
  { key: 'narratives', label: 'Narratives', classes: ['narr'] },
] as const;

export type LayerKey = (typeof LAYERS)[number]['key'];

export function layerOf(mark: Mark): LayerKey {
  const found = LAYERS.find((l) => l.classes.some((c) => mark.classes.includes(c)));
  return found?.key ?? 'entities';
}

export function framingMarks(doc: Doc): Mark[] {
  return framingView(doc).flatMap((f) =>
    f.evidence.map((span) => ({ ...span, classes: ['role', `role-${f.role}`], title: `${f.name} cast as ${f.role} (${f.fineRole}, ${f.score.toFixed(2)}) — ${f.explanation}` })),
  );
}

export function narrativeMarks(doc: Doc): Mark[] {
  return (doc.layers.narratives ?? []).flatMap((n) => n.evidence.map((span) => ({ ...span, classes: ['narr'], title: `narrative: ${n.title} (${n.stance}, ${n.score.toFixed(2)})` })));
}

export function allMarks(doc: Doc): Mark[] {
  return [...spineMarks(doc), ...techniqueMarks(doc), ...framingMarks(doc), ...narrativeMarks(doc)];
}
